import { beforeEach, describe, expect, it } from 'vitest';
import { DRAFT_KEY, clearDraft, isEmptyForm, loadDraft, saveDraft } from './draft-storage.js';
import { emptyFormState } from './form-state.js';

const now = new Date('2026-05-04T03:02:01Z');

describe('the report draft', () => {
  beforeEach(() => localStorage.clear());

  it('restores what was saved, without files but with their names', () => {
    const state = emptyFormState();
    state.text.title = 'Heap overflow in the PNG decoder';
    state.text.proofOfConcept = 'int main() {}\n';
    state.reproductionSteps = ['Install', 'Open crash.png'];
    state.cweName = 'Heap-based Buffer Overflow';
    state.language = 'ja';
    state.cvssCalculator = { version: '4.0', choices: { '3.1': { AV: 'N' }, '4.0': { AT: 'P' } } };
    expect(saveDraft(state, ['poc.py', 'crash.mp4'], now)).toBe(true);

    expect(loadDraft()).toEqual({
      state,
      savedAt: '2026-05-04T03:02:01.000Z',
      attachmentNames: ['poc.py', 'crash.mp4'],
    });
  });

  it('keeps nothing for an empty form', () => {
    saveDraft(emptyFormState(), [], now);
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
    expect(loadDraft()).toBeUndefined();
  });

  it('removes an earlier draft once the form is emptied', () => {
    const state = emptyFormState();
    state.text.title = 'Something';
    saveDraft(state, [], now);
    saveDraft(emptyFormState(), [], now);
    expect(loadDraft()).toBeUndefined();
  });

  it('is gone after it is discarded', () => {
    const state = emptyFormState();
    state.text.title = 'Something';
    saveDraft(state, [], now);
    clearDraft();
    expect(loadDraft()).toBeUndefined();
  });

  it('ignores stored data it does not understand', () => {
    localStorage.setItem(DRAFT_KEY, 'not json');
    expect(loadDraft()).toBeUndefined();
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ format: 99, state: {} }));
    expect(loadDraft()).toBeUndefined();
  });

  it('takes only the fields that fit the form from a tampered draft', () => {
    localStorage.setItem(
      DRAFT_KEY,
      JSON.stringify({
        format: 1,
        savedAt: '2026-05-04T03:02:01.000Z',
        attachmentNames: ['a.txt', 7],
        state: {
          text: { title: 'Kept', 'reporter.email': 42, unknown: 'dropped' },
          reproductionSteps: ['one', null, 'two'],
          language: 'fr',
          cvssCalculator: { version: '9.9', choices: { '3.1': { AV: 'N', AC: 1 } } },
        },
      }),
    );
    const draft = loadDraft();
    expect(draft?.state.text.title).toBe('Kept');
    expect(draft?.state.text['reporter.email']).toBe('');
    expect(draft?.state.text).not.toHaveProperty('unknown');
    expect(draft?.state.reproductionSteps).toEqual(['one', 'two']);
    expect(draft?.state.language).toBeUndefined();
    expect(draft?.state.cvssCalculator).toEqual({
      version: '3.1',
      choices: { '3.1': { AV: 'N' }, '4.0': {} },
    });
    expect(draft?.attachmentNames).toEqual(['a.txt']);
  });

  it('reports a storage that refuses to save', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    const state = emptyFormState();
    state.text.title = 'Something';
    expect(saveDraft(state, [], now, full)).toBe(false);
  });

  it('treats a form with only the language chosen as empty', () => {
    const state = emptyFormState();
    state.language = 'en';
    expect(isEmptyForm(state)).toBe(true);
  });
});
