import { describe, expect, it } from 'vitest';
import {
  EMPTY_CVSS_CALCULATOR,
  buildVector,
  chooseMetric,
  chooseVersion,
  chosenCount,
  parseVector,
  pasteVector,
  type CvssCalculatorState,
} from './cvss-vector.js';

const CRITICAL_31 = { AV: 'N', AC: 'L', PR: 'N', UI: 'N', S: 'U', C: 'H', I: 'H', A: 'H' };
const V40 = {
  AV: 'N',
  AC: 'L',
  AT: 'N',
  PR: 'N',
  UI: 'N',
  VC: 'H',
  VI: 'H',
  VA: 'H',
  SC: 'N',
  SI: 'N',
  SA: 'N',
};

describe('buildVector', () => {
  it('writes the base metrics of 3.1 in the standard order', () => {
    const shuffled = { A: 'H', I: 'H', C: 'H', S: 'U', UI: 'N', PR: 'N', AC: 'L', AV: 'N' };
    expect(buildVector('3.1', shuffled)).toBe('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H');
  });

  it('writes the eleven base metrics of 4.0', () => {
    expect(buildVector('4.0', V40)).toBe(
      'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
    );
  });

  it('builds nothing until every metric has a valid value', () => {
    const withoutA = Object.fromEntries(Object.entries(CRITICAL_31).filter(([k]) => k !== 'A'));
    expect(buildVector('3.1', withoutA)).toBeUndefined();
    expect(buildVector('3.1', { ...CRITICAL_31, AV: 'X' })).toBeUndefined();
    // UI:P is a 4.0 value, not a 3.1 one.
    expect(buildVector('3.1', { ...CRITICAL_31, UI: 'P' })).toBeUndefined();
  });

  it('appends other metrics after the base metrics', () => {
    expect(buildVector('3.1', CRITICAL_31, ['E:P', 'RL:O'])).toBe(
      'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RL:O',
    );
  });
});

describe('parseVector', () => {
  it('reads base metrics and keeps the others', () => {
    expect(parseVector('CVSS:3.1/AV:L/AC:H/PR:L/UI:R/S:C/C:L/I:N/A:N/E:F')).toEqual({
      version: '3.1',
      choices: { AV: 'L', AC: 'H', PR: 'L', UI: 'R', S: 'C', C: 'L', I: 'N', A: 'N' },
      extra: ['E:F'],
    });
  });

  it('reads a 3.0 vector into the 3.1 calculator', () => {
    expect(parseVector('CVSS:3.0/AV:N')?.version).toBe('3.1');
  });

  it('ignores invalid values and answers undefined without a prefix', () => {
    expect(parseVector('CVSS:4.0/AV:Q/AT:P')?.choices).toEqual({ AT: 'P' });
    expect(parseVector('AV:N/AC:L')).toBeUndefined();
  });
});

describe('the calculator', () => {
  it('fills the cvss field once the last metric is chosen', () => {
    let calculator: CvssCalculatorState = EMPTY_CVSS_CALCULATOR;
    let vector = '';
    for (const [key, value] of Object.entries(CRITICAL_31)) {
      expect(vector).toBe('');
      ({ calculator, vector } = chooseMetric(calculator, vector, key, value));
    }
    expect(vector).toBe('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H');
    expect(chosenCount('3.1', calculator.choices['3.1'])).toBe(8);
  });

  it('turns a pasted vector into choices, and keeps its other metrics when one is changed', () => {
    const pasted = pasteVector(
      EMPTY_CVSS_CALCULATOR,
      'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P',
    );
    expect(pasted.vector).toBe('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P');
    expect(pasted.calculator.choices['3.1']).toEqual(CRITICAL_31);
    const changed = chooseMetric(pasted.calculator, pasted.vector, 'AV', 'L');
    expect(changed.vector).toBe('CVSS:3.1/AV:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P');
  });

  it('keeps text that is not a vector as typed, for the server to judge', () => {
    expect(pasteVector(EMPTY_CVSS_CALCULATOR, 'AV:N').vector).toBe('AV:N');
  });

  it('switches version without losing either version’s choices', () => {
    let state = pasteVector(EMPTY_CVSS_CALCULATOR, 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H');
    state = chooseVersion(state.calculator, '4.0');
    expect(state.vector).toBe('');
    for (const [key, value] of Object.entries(V40)) {
      state = chooseMetric(state.calculator, state.vector, key, value);
    }
    expect(state.vector).toMatch(/^CVSS:4\.0\//);
    state = chooseVersion(state.calculator, '3.1');
    expect(state.vector).toBe('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H');
  });
});
