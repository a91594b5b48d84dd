/** Realistic report bodies for tests. `buildReport(overrides)` deep-merges plain objects. */
import type { ReportSubmission } from '../../src/domain/report/submission.js';

export const HIGH_QUALITY_REPORT: ReportSubmission = {
  title: 'Heap buffer overflow in the PNG decoder of Contoso Viewer',
  issueType: { cwe: 'CWE-122', description: 'Heap-based buffer overflow' },
  affected: { product: 'Contoso Viewer', version: '4.2.1 (build 4210)' },
  updatesInstalled: 'All updates up to the March 2026 security update (KB5031234).',
  configuration: 'Default installation; no special configuration.',
  reproductionSteps: [
    'Install Contoso Viewer 4.2.1 on a fresh Windows 11 23H2 machine.',
    'Download crash.png from the attachment.',
    'Open crash.png with Contoso Viewer.',
    'Observe the crash at png_decode_row+0x41 with a write access violation.',
  ],
  proofOfConcept:
    "```python\nimport struct\nwith open('crash.png', 'wb') as f:\n    f.write(b'\\x89PNG' + struct.pack('>I', 0xffffffff))\n```",
  impact: {
    type: 'remote-code-execution',
    description:
      'An attacker who convinces a user to open a crafted PNG file can execute code with the rights of the user.',
  },
  analysis:
    'png_decode_row trusts the width field of the IHDR chunk and computes the row size with a 32-bit multiplication that overflows.',
  cvss: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H',
  reporter: {
    name: 'Aiko Tanaka',
    email: 'aiko@example.org',
    credit: 'name',
    affiliation: 'Example Security Lab',
  },
  disclosure: { plannedDate: '2026-06-01', notes: 'Talk submitted to a conference in June.' },
  language: 'en',
};

export const MINIMAL_REPORT: ReportSubmission = {
  title: 'XSS in search',
  reproductionSteps: 'Search for <script>alert(1)</script>',
  impact: { description: 'Script runs in the victim browser.' },
  reporter: { email: 'someone@example.net' },
};

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function merge(base: Plain, over: Plain): Plain {
  const out: Plain = { ...base };
  for (const [k, v] of Object.entries(over)) {
    out[k] = isPlain(v) && isPlain(base[k]) ? merge(base[k], v) : v;
  }
  return out;
}

export function buildReport(
  overrides: Plain = {},
  base: ReportSubmission = HIGH_QUALITY_REPORT,
): Plain {
  return merge(base as unknown as Plain, overrides);
}

/** Removes a field given as a dotted path. */
export function without(report: Plain, pathStr: string): Plain {
  const copy = structuredClone(report);
  const parts = pathStr.split('.');
  let cur: Plain = copy;
  for (const p of parts.slice(0, -1)) cur = cur[p] as Plain;
  delete cur[parts[parts.length - 1] as string];
  return copy;
}
