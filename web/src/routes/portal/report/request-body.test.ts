import { describe, expect, it } from 'vitest';
import { emptyFormState, type ReportFormState } from './form-state.js';
import { buildReportBody, formPathOf, isSubmittable, normalizeCwe } from './request-body.js';

function formWith(change: (s: ReportFormState) => void): ReportFormState {
  const state = emptyFormState();
  change(state);
  return state;
}

describe('buildReportBody', () => {
  it('sends only the language of an empty form', () => {
    expect(buildReportBody(emptyFormState(), 'ja')).toEqual({
      body: { language: 'ja' },
      stepIndexes: [],
    });
  });

  it('drops empty and blank fields, and groups left empty', () => {
    const state = formWith((s) => {
      s.text.title = 'Heap overflow in the PNG decoder';
      s.text['affected.product'] = '   ';
      s.text['reporter.email'] = ' you@example.org ';
      s.text['reporter.name'] = '';
      s.text.analysis = '\n\n';
    });
    const { body } = buildReportBody(state, 'en');
    expect(body).toEqual({
      title: 'Heap overflow in the PNG decoder',
      reporter: { email: 'you@example.org' },
      language: 'en',
    });
    expect('affected' in body).toBe(false);
  });

  it('trims one-line fields but keeps the white space of code and prose', () => {
    const poc = '    int main() {\n      crash();\n    }\n';
    const state = formWith((s) => {
      s.text.title = '  XSS in search  ';
      s.text.proofOfConcept = poc;
      s.text['impact.description'] = ' Runs script.\n';
    });
    const { body } = buildReportBody(state, 'en');
    expect(body.title).toBe('XSS in search');
    expect(body.proofOfConcept).toBe(poc);
    expect(body.impact).toEqual({ description: ' Runs script.\n' });
  });

  it('sends the steps as an array without empty steps, and remembers where each came from', () => {
    const state = formWith((s) => {
      s.reproductionSteps = ['Install 4.2.1', '', 'Open crash.png', '  ', 'Observe the crash'];
    });
    const { body, stepIndexes } = buildReportBody(state, 'en');
    expect(body.reproductionSteps).toEqual([
      'Install 4.2.1',
      'Open crash.png',
      'Observe the crash',
    ]);
    expect(stepIndexes).toEqual([0, 2, 4]);
  });

  it('leaves the steps out when every step is empty', () => {
    const state = formWith((s) => {
      s.reproductionSteps = ['', ' '];
    });
    expect(buildReportBody(state, 'en').body.reproductionSteps).toBeUndefined();
  });

  it('normalises the CWE id and leaves out search text that is not an id', () => {
    const typed = formWith((s) => {
      s.text['issueType.cwe'] = 'cwe-079';
    });
    expect(buildReportBody(typed, 'en').body.issueType).toEqual({ cwe: 'CWE-79' });
    const searching = formWith((s) => {
      s.text['issueType.cwe'] = 'cross site';
      s.text['issueType.description'] = 'Stored XSS';
    });
    expect(buildReportBody(searching, 'en').body.issueType).toEqual({ description: 'Stored XSS' });
  });

  it('sends enum fields only with a known value', () => {
    const state = formWith((s) => {
      s.text['impact.type'] = 'remote-code-execution';
      s.text['reporter.credit'] = 'nonsense';
    });
    const { body } = buildReportBody(state, 'en');
    expect(body.impact).toEqual({ type: 'remote-code-execution' });
    expect(body.reporter).toBeUndefined();
  });

  it('uses the chosen language over the page language', () => {
    const state = formWith((s) => {
      s.language = 'en';
    });
    expect(buildReportBody(state, 'ja').body.language).toBe('en');
  });

  it('builds a complete submission with nested groups', () => {
    const state = formWith((s) => {
      s.text.title = 'SQL injection in the search API';
      s.text['affected.url'] = 'https://app.example.com/search';
      s.text['impact.description'] = 'Reads every customer record.';
      s.text['reporter.email'] = 'you@example.org';
      s.text['reporter.credit'] = 'handle';
      s.text['reporter.handle'] = 'zero';
      s.text['disclosure.plannedDate'] = '2026-09-01';
      s.text.cvss = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N';
      s.reproductionSteps = ['Open /search', "Search for ' OR 1=1 --"];
    });
    const { body } = buildReportBody(state, 'en');
    expect(body).toEqual({
      title: 'SQL injection in the search API',
      affected: { url: 'https://app.example.com/search' },
      reproductionSteps: ['Open /search', "Search for ' OR 1=1 --"],
      impact: { description: 'Reads every customer record.' },
      cvss: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N',
      reporter: { email: 'you@example.org', handle: 'zero', credit: 'handle' },
      disclosure: { plannedDate: '2026-09-01' },
      language: 'en',
    });
    expect(isSubmittable(body)).toBe(true);
  });

  it('is not submittable without the required fields', () => {
    const state = formWith((s) => {
      s.text.title = 'Something';
    });
    expect(isSubmittable(buildReportBody(state, 'en').body)).toBe(false);
  });
});

describe('normalizeCwe', () => {
  it.each([
    ['79', 'CWE-79'],
    ['CWE-787', 'CWE-787'],
    ['cwe787', 'CWE-787'],
    [' CWE 22 ', 'CWE-22'],
    ['xss', undefined],
    ['CWE-0', undefined],
    ['', undefined],
  ])('%j → %j', (input, expected) => {
    expect(normalizeCwe(input)).toBe(expected);
  });
});

describe('formPathOf', () => {
  it('maps the index of a sent step back to its place in the form', () => {
    expect(formPathOf('reproductionSteps[1]', [0, 2, 4])).toBe('reproductionSteps[2]');
    expect(formPathOf('reproductionSteps', [0, 2])).toBe('reproductionSteps');
    expect(formPathOf('reporter.email', [0])).toBe('reporter.email');
  });
});
