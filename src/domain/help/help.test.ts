import { describe, expect, it } from 'vitest';
import {
  DESTINATION_DEFAULTS,
  HELP_DESTINATION_IDS,
  HELP_GROUPS,
  HELP_LANGUAGES,
} from './destinations.js';
import { parseHelpOverrides, type HelpOverrides } from './overrides.js';
import { resolveHelpDestinations } from './resolve.js';
import { isMailAddress, urlProblem } from './target.js';

const CONTEXT = { supportEmail: 'support@vulndesk.test' };

function problemsOf(value: unknown): string[] {
  const parsed = parseHelpOverrides(value);
  if (parsed.ok) throw new Error(`expected problems for ${JSON.stringify(value)}`);
  return parsed.problems;
}

function overridesOf(value: unknown): HelpOverrides {
  const parsed = parseHelpOverrides(value);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.overrides;
}

describe('help destination defaults', () => {
  it('has the thirteen destinations, each in a known group', () => {
    expect(HELP_DESTINATION_IDS).toHaveLength(13);
    expect(Object.keys(DESTINATION_DEFAULTS).sort()).toEqual([...HELP_DESTINATION_IDS].sort());
    for (const id of HELP_DESTINATION_IDS) {
      expect(HELP_GROUPS).toContain(DESTINATION_DEFAULTS[id].group);
    }
  });

  it('lists them grouped in the order of the groups, every group used', () => {
    const groups = HELP_DESTINATION_IDS.map((id) => DESTINATION_DEFAULTS[id].group);
    const order = groups.map((g) => HELP_GROUPS.indexOf(g));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(groups)).toEqual(new Set(HELP_GROUPS));
  });

  it('has a title and a text in English and Japanese for each, within the limits', () => {
    for (const id of HELP_DESTINATION_IDS) {
      for (const lang of HELP_LANGUAGES) {
        const { title, text } = DESTINATION_DEFAULTS[id];
        expect(title[lang].length, `${id} title ${lang}`).toBeGreaterThan(5);
        expect(title[lang].length, `${id} title ${lang}`).toBeLessThanOrEqual(120);
        expect(text[lang].length, `${id} text ${lang}`).toBeGreaterThan(20);
        expect(text[lang].length, `${id} text ${lang}`).toBeLessThanOrEqual(1000);
      }
      // The Japanese text is Japanese, not a copy of the English.
      expect(DESTINATION_DEFAULTS[id].text.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('sends technical questions about updates to the Security Update Guide, the rest to support', () => {
    const destinations = resolveHelpDestinations({}, CONTEXT, 'en');
    expect(destinations).toHaveLength(13);
    for (const d of destinations) {
      expect(d.target).toEqual(
        d.id === 'update-info'
          ? { kind: 'url', url: '/guide' }
          : { kind: 'email', email: 'support@vulndesk.test' },
      );
    }
  });

  it('answers in the language asked for', () => {
    const [ja] = resolveHelpDestinations({}, CONTEXT, 'ja');
    expect(ja).toMatchObject({
      id: 'compromised-account',
      group: 'account-sign-in',
      title: DESTINATION_DEFAULTS['compromised-account'].title.ja,
      text: DESTINATION_DEFAULTS['compromised-account'].text.ja,
    });
  });
});

describe('operator settings', () => {
  it('accept an empty file and change nothing', () => {
    expect(overridesOf({})).toEqual({});
  });

  it('replace targets, titles and texts, and hide destinations', () => {
    const overrides = overridesOf({
      'sign-in': { url: 'https://support.contoso.com/sign-in?lang=ja#top' },
      piracy: {
        email: 'piracy@contoso.com',
        title: { en: 'Report piracy', ja: '不正コピーの報告' },
        text: { en: 'Tell our anti-piracy team.', ja: '不正コピー対策チームにお知らせください。' },
      },
      'update-info': { url: '/guide/updates' },
      community: { hidden: true },
    });
    const en = resolveHelpDestinations(overrides, CONTEXT, 'en');
    const ja = resolveHelpDestinations(overrides, CONTEXT, 'ja');
    expect(en.map((d) => d.id)).not.toContain('community');
    expect(en).toHaveLength(12);
    expect(en.find((d) => d.id === 'sign-in')?.target).toEqual({
      kind: 'url',
      url: 'https://support.contoso.com/sign-in?lang=ja#top',
    });
    expect(en.find((d) => d.id === 'update-info')?.target).toEqual({
      kind: 'url',
      url: '/guide/updates',
    });
    expect(en.find((d) => d.id === 'piracy')).toMatchObject({
      title: 'Report piracy',
      text: 'Tell our anti-piracy team.',
      target: { kind: 'email', email: 'piracy@contoso.com' },
    });
    expect(ja.find((d) => d.id === 'piracy')?.title).toBe('不正コピーの報告');
    // A title alone leaves the default text.
    expect(en.find((d) => d.id === 'sign-in')?.text).toBe(DESTINATION_DEFAULTS['sign-in'].text.en);
  });

  it('reject what is not an object', () => {
    for (const value of [null, [], 'x', 3]) {
      expect(problemsOf(value)).toEqual([
        'must be a JSON object with one entry per destination id',
      ]);
    }
  });

  it('reject unknown destinations, naming the known ones', () => {
    expect(problemsOf({ 'lost-phone': { url: '/x' } })).toEqual([
      `"lost-phone": unknown destination; known: ${HELP_DESTINATION_IDS.join(', ')}`,
    ]);
  });

  it('reject unknown settings, both url and email, and bad values, one line each', () => {
    expect(
      problemsOf({
        malware: { link: 'https://x.test' },
        phishing: { url: 'https://x.test', email: 'a@x.test' },
        feedback: 'mailto:feedback@x.test',
        piracy: { url: 'javascript:alert(1)' },
        community: { url: '//evil.test/forum' },
        'sign-in': { email: 'help@x.test?subject=hi' },
        'fraud-victim': { hidden: 'yes' },
        'latest-scams': { url: 42 },
      }),
    ).toEqual([
      '"malware".link: unknown setting; allowed: url, email, title, text, hidden',
      '"phishing": give url or email, not both',
      '"feedback": must be an object with url, email, title, text, hidden',
      '"piracy".url: must be an http(s) URL, not javascript:',
      '"community".url: must be an http(s) URL or a path starting with a single /',
      '"sign-in".email: must be an e-mail address like security@example.com (at most 254 characters)',
      '"fraud-victim".hidden: must be true or false',
      '"latest-scams".url: must be a string',
    ]);
  });

  it('need titles and texts in both languages, not empty, not too long', () => {
    expect(
      problemsOf({
        malware: { title: { en: 'Malware' } },
        phishing: { text: { en: ' ', ja: 'x'.repeat(1001), de: 'Phishing' } },
        piracy: { title: 'Piracy' },
      }),
    ).toEqual([
      '"malware".title.ja: must be a text of 1 to 120 characters',
      '"phishing".text.de: unknown language; give "en" and "ja"',
      '"phishing".text.en: must be a text of 1 to 1000 characters',
      '"phishing".text.ja: must be a text of 1 to 1000 characters',
      '"piracy".title: must be an object with "en" and "ja" texts',
    ]);
  });
});

describe('targets', () => {
  it('allow http(s) URLs and paths on this site', () => {
    for (const ok of ['https://support.contoso.com/', 'http://intranet/help', '/guide', '/']) {
      expect(urlProblem(ok), ok).toBeUndefined();
    }
  });

  it('refuse other schemes, credentials, spaces and protocol-relative URLs', () => {
    expect(urlProblem('ftp://x.test/')).toBe('must be an http(s) URL, not ftp:');
    expect(urlProblem('mailto:a@x.test')).toBe('must be an http(s) URL, not mailto:');
    expect(urlProblem('https://user:pw@x.test/')).toBe('must not contain a user name or password');
    expect(urlProblem('https://x.test/a b')).toBe('must not contain spaces or control characters');
    expect(urlProblem('/\\evil.test')).toBe(
      'must be an http(s) URL or a path starting with a single /',
    );
    expect(urlProblem('support page')).toBe('must not contain spaces or control characters');
    expect(urlProblem('guide')).toBe('must be an http(s) URL or a path starting with /');
    expect(urlProblem(`https://x.test/${'a'.repeat(2000)}`)).toBe(
      'must be at most 2000 characters',
    );
  });

  it('allow plain e-mail addresses and address literals only', () => {
    for (const ok of [
      'security@contoso.com',
      'psirt+jp@mail.contoso.co.jp',
      'support@[127.0.0.1]',
    ]) {
      expect(isMailAddress(ok), ok).toBe(true);
    }
    for (const bad of [
      'security',
      '@contoso.com',
      'a@b@c',
      'a b@contoso.com',
      'a@contoso.com?cc=x@evil.test',
      'a@contoso.com&body=x',
      'a@-contoso.com',
      `${'a'.repeat(250)}@x.test`,
    ]) {
      expect(isMailAddress(bad), bad).toBe(false);
    }
  });
});
