import { describe, expect, it } from 'vitest';
import { catalogueUrlProblems, versionProblems } from './catalogue.js';

describe('catalogueUrlProblems', () => {
  it('accepts https addresses and none at all', () => {
    expect(catalogueUrlProblems('https://forum.example.com/')).toEqual([]);
    expect(catalogueUrlProblems(null)).toEqual([]);
    expect(catalogueUrlProblems(undefined)).toEqual([]);
  });

  it('accepts http on the local host only', () => {
    for (const url of [
      'http://localhost:8080/app',
      'http://127.0.0.1/',
      'http://[::1]:3000/',
      'http://demo.localhost/',
    ]) {
      expect(catalogueUrlProblems(url), url).toEqual([]);
    }
  });

  it('refuses http elsewhere, naming the field and the rule', () => {
    for (const url of ['http://forum.example.com/', 'http://localhost.example.com/']) {
      expect(catalogueUrlProblems(url), url).toEqual([
        {
          path: 'url',
          message: 'must start with https:// (http:// only for localhost)',
          rule: 'https-required',
        },
      ]);
    }
  });
});

describe('versionProblems', () => {
  it('lets products have versions and refuses them to online services', () => {
    expect(versionProblems('product')).toEqual([]);
    expect(versionProblems('online-service')).toEqual([
      {
        path: 'productId',
        message: 'is an online service, which has no versions',
        rule: 'not-allowed',
      },
    ]);
  });
});
