import { describe, expect, it } from 'vitest';
import { assessQuality } from './quality.js';
import type { ReportDraft } from './submission.js';

const LOW: ReportDraft = {
  title: 'SQL injection in the order search of Contoso Shop',
  issueType: { cwe: 'CWE-89' },
  affected: { product: 'Contoso Shop', version: '3.4.0' },
  updatesInstalled: 'All updates as of 2026-03-01',
  configuration: 'Default installation',
  reproductionSteps: 'Open the order search and enter a quote.',
  proofOfConcept: 'The page shows a database error when the name contains a quote.',
  impact: { type: 'information-disclosure', description: 'Read every order in the database.' },
  reporter: { email: 'r@example.org' },
};

const MEDIUM: ReportDraft = {
  ...LOW,
  reproductionSteps: [
    'Sign in as any customer.',
    'Open /orders/search.',
    "Search for x' OR 1=1 --",
  ],
  proofOfConcept: "curl 'https://shop.example/orders/search?q=x%27%20OR%201=1%20--'",
  cvss: 'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N',
};

const facts = (cvssValid: boolean, attachmentCount = 0) => ({ attachmentCount, cvssValid });

describe('assessQuality', () => {
  it('an empty draft is insufficient and lists every item of the low tier', () => {
    expect(assessQuality({}, facts(false))).toEqual({
      tier: 'insufficient',
      missing: [
        'title',
        'issueType',
        'affected.product',
        'affected.version',
        'updatesInstalled',
        'configuration',
        'reproductionSteps',
        'proofOfConcept',
        'impact.type',
        'impact.description',
        'reporter.email',
      ],
    });
  });

  it('is low when every required item is there', () => {
    expect(assessQuality(LOW, facts(false))).toEqual({
      tier: 'low',
      missing: ['proofOfConcept', 'cvss', 'reproductionSteps'],
    });
  });

  it('accepts the URL of an online service instead of product and version', () => {
    const draft = { ...LOW, affected: { url: 'https://shop.example/' } };
    expect(assessQuality(draft, facts(false)).tier).toBe('low');
  });

  it('needs the version when only the product is given', () => {
    const draft = { ...LOW, affected: { product: 'Contoso Shop' } };
    expect(assessQuality(draft, facts(false))).toEqual({
      tier: 'insufficient',
      missing: ['affected.version'],
    });
  });

  it('counts an attachment as a proof of concept, for low and for medium', () => {
    const noPoc = { ...MEDIUM, proofOfConcept: undefined };
    expect(assessQuality(noPoc, facts(true, 0))).toEqual({
      tier: 'insufficient',
      missing: ['proofOfConcept'],
    });
    expect(assessQuality(noPoc, facts(true, 1)).tier).toBe('medium');
  });

  it('treats white space as missing', () => {
    const draft = { ...LOW, configuration: '   \n ' };
    expect(assessQuality(draft, facts(false)).missing).toEqual(['configuration']);
  });

  it('is medium with code, a valid vector and three steps; high adds the analysis', () => {
    expect(assessQuality(MEDIUM, facts(true))).toEqual({ tier: 'medium', missing: ['analysis'] });
    expect(
      assessQuality({ ...MEDIUM, analysis: 'The query is built by concatenation.' }, facts(true)),
    ).toEqual({
      tier: 'high',
      missing: [],
    });
  });

  it('stays low when the vector is invalid or there are only two steps', () => {
    expect(assessQuality(MEDIUM, facts(false))).toEqual({ tier: 'low', missing: ['cvss'] });
    const twoSteps = { ...MEDIUM, reproductionSteps: ['Sign in.', 'Search for a quote.'] };
    expect(assessQuality(twoSteps, facts(true))).toEqual({
      tier: 'low',
      missing: ['reproductionSteps'],
    });
  });

  it('does not reach high without medium, even with an analysis', () => {
    expect(assessQuality({ ...LOW, analysis: 'root cause' }, facts(false)).tier).toBe('low');
  });
});
