/**
 * Every vector of Red Hat's CVSS test suite (shared/testdata/cvss-redhat, see its ORIGIN.txt)
 * must be accepted by `parseCvss` and score exactly as listed. Line formats:
 *   3.0/3.1: `VECTOR - (base, temporal, environmental)`
 *   4.0:     `VECTOR - (score,)` or `VECTOR - score`
 * Blank lines are skipped; any other line that does not match its format is a failure.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { parseCvss } from '../src/domain/severity/cvss.js';
import { requireTestdata } from './testdata.js';

type Kind = '3.x' | '4.0';

interface DataFile {
  file: string;
  kind: Kind;
  /** Not in the required list, read for extra coverage (temporal/environmental metrics, odd order). */
  extra?: true;
}

const FILES: readonly DataFile[] = [
  { file: 'vectors_simple3', kind: '3.x' },
  { file: 'vectors_simple31', kind: '3.x' },
  { file: 'vectors_simple4', kind: '4.0' },
  { file: 'vectors_security4', kind: '4.0' },
  { file: 'vectors_supplemental4', kind: '4.0' },
  { file: 'vectors_threat4', kind: '4.0' },
  // The required 3.x files hold base metrics only; these two add temporal and environmental ones.
  { file: 'vectors_cvsslib3', kind: '3.x', extra: true },
  { file: 'vectors_calculator3', kind: '3.x', extra: true },
];

const SCORE = String.raw`(\d{1,2}\.\d)`;
const LINE: Record<Kind, RegExp> = {
  '3.x': new RegExp(String.raw`^(\S+) - \(${SCORE}, ${SCORE}, ${SCORE}\)$`),
  '4.0': new RegExp(String.raw`^(\S+) - (?:\(${SCORE},\)|${SCORE})$`),
};

/**
 * Vectors where the data and ae-cvss-calculator legitimately disagree (a library bug), keyed by
 * `file:vector`, with the reason. Listed here so they stay visible; an entry that no longer
 * disagrees fails the test so the list cannot go stale. None are known.
 */
const KNOWN_DISAGREEMENTS: ReadonlyMap<string, string> = new Map<string, string>([]);

interface Outcome {
  dataLines: number;
  checked: number;
  mismatches: string[];
}

function check({ file, kind }: DataFile): Outcome {
  const text = readFileSync(path.join(requireTestdata('cvss-redhat'), file), 'utf8');
  const outcome: Outcome = { dataLines: 0, checked: 0, mismatches: [] };
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') continue;
    outcome.dataLines += 1;
    const where = `${file}:${index + 1}`;
    const match = LINE[kind].exec(line);
    if (match === null) {
      outcome.mismatches.push(`${where} cannot be read as a ${kind} test line: ${line}`);
      continue;
    }
    const [, vector = '', ...scores] = match;
    const expected = scores.filter((s) => s !== undefined).map(Number);
    const result = parseCvss(vector);
    outcome.checked += 1;
    if (!result.ok) {
      outcome.mismatches.push(`${where} ${vector} rejected: ${result.message}`);
      continue;
    }
    const { value } = result;
    const actual =
      kind === '4.0'
        ? [value.score]
        : [value.baseScore, value.temporalScore, value.environmentalScore];
    const versionOk = vector.startsWith(`CVSS:${value.version}/`);
    if (!versionOk || actual.join() !== expected.join()) {
      const key = `${file}:${vector}`;
      const detail = `${where} ${vector} expected (${expected.join(', ')}) got (${actual.join(', ')}) version ${value.version}`;
      outcome.mismatches.push(KNOWN_DISAGREEMENTS.has(key) ? `known: ${key}` : detail);
    }
  }
  return outcome;
}

describe('CVSS conformance (Red Hat cvss test vectors)', () => {
  it.each(FILES)('$file: every vector parses and scores as listed', (entry) => {
    const { dataLines, checked, mismatches } = check(entry);
    console.log(
      `${entry.file}${entry.extra ? ' (extra)' : ''}: ${checked} vectors checked of ${dataLines} data lines, ${mismatches.length} mismatches`,
    );

    const unexpected = mismatches.filter((m) => !m.startsWith('known: '));
    expect(unexpected).toEqual([]);

    const stale = [...KNOWN_DISAGREEMENTS.keys()].filter(
      (key) => key.startsWith(`${entry.file}:`) && !mismatches.includes(`known: ${key}`),
    );
    expect(stale, 'known disagreements that now agree; remove them').toEqual([]);

    expect(checked).toBeGreaterThan(0);
    expect(checked).toBe(dataLines);
  });
});
