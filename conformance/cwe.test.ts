/**
 * The CWE catalogue the product uses at run time (`@secvisogram/csaf-validator-lib/cwe.js`) must
 * only hold ids that exist in MITRE's current CWE weakness list (shared/testdata/cwe, see its
 * ORIGIN.txt). MITRE may have newer ids the package lacks: that is allowed and reported.
 *
 * Data files: `cwe_<version>_<date>.csv` (TAB-separated, no header: id, status, name, "1",
 * mapping usage) and `cwec_<version>.json` ({ weaknesses: [{ id: "CWE-n", ... }] }).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { weaknesses } from '@secvisogram/csaf-validator-lib/cwe.js';
import { describe, expect, it } from 'vitest';

import { requireTestdata } from './testdata.js';

interface MitreWeakness {
  id: string;
  status: string;
  name: string;
  usage: string;
}

interface MitreList {
  version: string;
  file: string;
  entries: Map<string, MitreWeakness>;
}

const TSV_NAME = /^cwe_(\d+(?:\.\d+)+)_(\d{4}-\d{2}-\d{2})\.csv$/;

/** The newest TSV list in the folder (by its date). */
function latestMitreList(): MitreList {
  const dir = requireTestdata('cwe');
  const candidates = readdirSync(dir)
    .map((file) => ({ file, match: TSV_NAME.exec(file) }))
    .filter((c) => c.match !== null)
    .map((c) => ({ file: c.file, version: c.match?.[1] ?? '', date: c.match?.[2] ?? '' }))
    .sort((a, b) => a.date.localeCompare(b.date));
  const latest = candidates.at(-1);
  if (latest === undefined) throw new Error(`no cwe_<version>_<date>.csv file in ${dir}`);

  const entries = new Map<string, MitreWeakness>();
  const text = readFileSync(path.join(dir, latest.file), 'utf8');
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') continue;
    const [num = '', status = '', name = '', , usage = ''] = line.split('\t');
    if (!/^[1-9]\d*$/.test(num)) {
      throw new Error(`${latest.file}:${index + 1} does not start with a numeric CWE id: ${line}`);
    }
    const id = `CWE-${num}`;
    if (entries.has(id)) throw new Error(`${latest.file}:${index + 1} repeats ${id}`);
    entries.set(id, { id, status, name: name.trim(), usage });
  }
  return { version: latest.version, file: latest.file, entries };
}

const mitre = latestMitreList();
const packageIds = weaknesses.map((w) => w.id);

describe(`CWE catalogue vs MITRE CWE ${mitre.version} (${mitre.file})`, () => {
  it('the MITRE list is not empty and agrees with the JSON export of the same version', () => {
    expect(mitre.entries.size).toBeGreaterThan(0);
    const jsonFile = path.join(requireTestdata('cwe'), `cwec_${mitre.version}.json`);
    const json = JSON.parse(readFileSync(jsonFile, 'utf8')) as { weaknesses: { id: string }[] };
    const jsonIds = json.weaknesses.map((w) => w.id).sort();
    expect(jsonIds).toEqual([...mitre.entries.keys()].sort());
  });

  it('the package catalogue is non-empty, well formed and without duplicates', () => {
    expect(packageIds.length).toBeGreaterThan(0);
    expect(packageIds.filter((id) => !/^CWE-[1-9]\d*$/.test(id))).toEqual([]);
    expect(packageIds.length).toBe(new Set(packageIds).size);
  });

  it("every id of the package exists in MITRE's list (MITRE may have more)", () => {
    const notInMitre = packageIds.filter((id) => !mitre.entries.has(id));
    const pkg = new Set(packageIds);
    const notInPackage = [...mitre.entries.keys()].filter((id) => !pkg.has(id));
    const renamed = weaknesses.filter((w) => {
      const entry = mitre.entries.get(w.id);
      return entry !== undefined && entry.name !== w.name;
    });
    const deprecated = packageIds.filter((id) => mitre.entries.get(id)?.status === 'Deprecated');

    console.log(
      [
        `package: ${packageIds.length} CWE ids; MITRE ${mitre.version}: ${mitre.entries.size}`,
        `in MITRE but not in the package (${notInPackage.length}): ${notInPackage.join(', ') || '-'}`,
        `in the package but not in MITRE (${notInMitre.length}): ${notInMitre.join(', ') || '-'}`,
        `names that differ from MITRE ${mitre.version} (${renamed.length}): ${renamed.map((w) => w.id).join(', ') || '-'}`,
        `ids MITRE marks Deprecated (${deprecated.length})`,
      ].join('\n'),
    );

    expect(notInMitre, 'CWE ids in the package that MITRE does not list').toEqual([]);
    expect(mitre.entries.size - packageIds.length).toBe(notInPackage.length);
  });
});
