import { describe, expect, it } from 'vitest';
import { acceptFiles } from '../../../components/report/accept-files.js';
import { emptyFormState, type ReportFormState } from './form-state.js';
import { retryAtOf } from './submit-report.js';
import { validateForm } from './validate-form.js';

function formWith(change: (s: ReportFormState) => void): ReportFormState {
  const state = emptyFormState();
  change(state);
  return state;
}

const complete = (s: ReportFormState) => {
  s.text.title = 'Heap overflow in the PNG decoder';
  s.reproductionSteps = ['Open crash.png'];
  s.text['impact.description'] = 'Runs code as the user.';
  s.text['reporter.email'] = 'you@example.org';
};

describe('checks before sending', () => {
  it('names every required field of an empty form', () => {
    expect(validateForm(emptyFormState())).toEqual([
      { path: 'title', message: 'required' },
      { path: 'reproductionSteps', message: 'stepsRequired' },
      { path: 'impact.description', message: 'required' },
      { path: 'reporter.email', message: 'required' },
    ]);
  });

  it('passes a form with the required fields', () => {
    expect(validateForm(formWith(complete))).toEqual([]);
  });

  it('catches the mistakes a researcher makes most', () => {
    const state = formWith((s) => {
      complete(s);
      s.text.title = ' XSS ';
      s.text['issueType.cwe'] = 'cross site scripting';
      s.text['affected.url'] = 'ftp://example.org';
      s.text['reporter.email'] = 'you at example.org';
      s.text['reporter.credit'] = 'handle';
    });
    expect(validateForm(state)).toEqual([
      { path: 'title', message: 'titleTooShort' },
      { path: 'issueType.cwe', message: 'cweUnknownForm' },
      { path: 'affected.url', message: 'urlNotHttp' },
      { path: 'reporter.email', message: 'emailInvalid' },
      { path: 'reporter.handle', message: 'handleForCredit' },
    ]);
  });

  it('asks for the product a version belongs to', () => {
    const state = formWith((s) => {
      complete(s);
      s.text['affected.version'] = '4.2.1';
    });
    expect(validateForm(state)).toEqual([
      { path: 'affected.product', message: 'versionNeedsProduct' },
    ]);
  });
});

describe('picking files', () => {
  const file = (name: string, size: number) =>
    new File([new Uint8Array(size)], name, { lastModified: 1 });

  it('keeps files within the limits and says why others were left out', () => {
    const current = [file('a.txt', 10)];
    const result = acceptFiles(
      current,
      [file('a.txt', 10), file('big.mp4', 2000), file('b.txt', 10), file('c.txt', 10)],
      { maxFiles: 2, maxBytes: 1000 },
    );
    expect(result.files.map((f) => f.name)).toEqual(['a.txt', 'b.txt']);
    expect(result.rejected).toEqual([
      { name: 'a.txt', reason: 'duplicate' },
      { name: 'big.mp4', reason: 'tooLarge' },
      { name: 'c.txt', reason: 'tooMany' },
    ]);
  });
});

describe('Retry-After', () => {
  const now = new Date('2026-05-04T03:00:00Z');
  it('reads seconds and HTTP dates', () => {
    expect(retryAtOf('120', now)?.toISOString()).toBe('2026-05-04T03:02:00.000Z');
    expect(retryAtOf('Mon, 04 May 2026 04:00:00 GMT', now)?.toISOString()).toBe(
      '2026-05-04T04:00:00.000Z',
    );
    expect(retryAtOf(null, now)).toBeUndefined();
    expect(retryAtOf('soon', now)).toBeUndefined();
  });
});
