/**
 * The report the intake benchmark submits: `HIGH_QUALITY_REPORT` from the test factories, padded
 * to about 4 KB of JSON with the kind of text real reports carry (debugger output in the steps,
 * a root-cause analysis). `reportJson(n)` differs from every other only in the title, so no two
 * submissions are identical; it is built by concatenation, so making one costs next to nothing
 * in the load generator.
 */
import type { ReportSubmission } from '../src/domain/report/submission.js';
import { HIGH_QUALITY_REPORT } from '../test/helpers/factories.js';

/** Size the padded JSON body aims at, in bytes. */
export const TARGET_BODY_BYTES = 4096;

const EXTRA_STEPS: readonly string[] = [
  'Attach WinDbg (10.0.22621) to ContosoViewer.exe before opening the file: windbg -p <pid>, then enable full page heap with gflags /p /enable ContosoViewer.exe /full.',
  'Open crash.png again. The debugger breaks with: (1a2c.2f04): Access violation - code c0000005 (first chance) at contoso_png!png_decode_row+0x41: mov byte ptr [rdi+rcx],al ds:00000221`4f8e1000=??',
  'Run k in the debugger. The stack is: contoso_png!png_decode_row+0x41, contoso_png!png_read_image+0x9a, contoso_png!png_decode+0x1c3, ContosoViewer!ImageLoader::Load+0x2f1, ContosoViewer!DocumentWindow::OpenFile+0x88.',
  'Run !heap -p -a rdi: the address is 0 bytes after the end of a 0x1000-byte block allocated by contoso_png!png_alloc_rows+0x2e, i.e. the write lands just past the row buffer.',
  'Repeat with crash2.png (width 0x40000001, height 1): the overflow is now 0x3c bytes long and overwrites the header of the next heap chunk, which we control through the following IDAT data.',
];

const ANALYSIS_PARAGRAPHS: readonly string[] = [
  'Root cause: png_decode_row computes the row size as width * bytes_per_pixel in a uint32_t. With a width of 0x40000001 and 4 bytes per pixel the product wraps to 4, png_alloc_rows allocates a 4-byte row (rounded up to the 0x1000 minimum) and the decoder then writes width * 4 bytes into it, trusting the IHDR width instead of the allocated size.',
  'The same multiplication appears in png_expand_palette and png_apply_gamma; both are reached with the same crafted IHDR when the colour type is 3 (palette). We did not find a check on the width anywhere between png_read_ihdr and png_decode_row; the PNG specification limits width to 2^31-1, which the decoder does check, but that limit is far above what the multiplication can hold.',
  'Exploitability: the overflow length and content are controlled by the file (IDAT data after decompression), the heap layout is deterministic on a fresh start of the viewer, and the process runs without CFG on the decoder DLL. We reached a controlled write of a function pointer in the next chunk (a DecoderCallbacks object allocated right after the row buffer) and redirected execution to 0x4141414141414141 on three test machines; a full exploit was not written.',
  'Suggested fix: compute the row size with a checked multiplication (size_t and an explicit overflow test, or the existing safe_mul helper used in the TIFF decoder), reject images whose row size exceeds the allocation limit, and pass the allocated length to png_decode_row so it can bound its writes. Fuzzing png_decode with a harness that sets small allocation limits found two more crashes in the same function family within an hour; their inputs are attached as crash3.png and crash4.png.',
  'Affected versions: 4.0.0 through 4.2.1 on Windows (x64 and ARM64); the macOS build 4.2.0 uses the system ImageIO decoder and is not affected. Version 3.9.5 uses the older decoder, which rejects widths above 65535 and is not affected either.',
];

function buildPadded(): ReportSubmission {
  const base = HIGH_QUALITY_REPORT;
  const baseSteps = Array.isArray(base.reproductionSteps)
    ? base.reproductionSteps
    : [base.reproductionSteps];
  const report: ReportSubmission = {
    ...base,
    reproductionSteps: [...baseSteps],
    analysis: base.analysis ?? '',
  };
  const steps = report.reproductionSteps as string[];
  let step = 0;
  let paragraph = 0;
  // Alternate steps and analysis paragraphs until the body reaches the target size.
  while (
    Buffer.byteLength(JSON.stringify(report)) < TARGET_BODY_BYTES &&
    (step < EXTRA_STEPS.length || paragraph < ANALYSIS_PARAGRAPHS.length)
  ) {
    if (
      step < EXTRA_STEPS.length &&
      (step <= paragraph || paragraph >= ANALYSIS_PARAGRAPHS.length)
    ) {
      steps.push(EXTRA_STEPS[step] as string);
      step += 1;
    } else {
      report.analysis = `${report.analysis ?? ''}\n\n${ANALYSIS_PARAGRAPHS[paragraph] as string}`;
      paragraph += 1;
    }
  }
  return report;
}

export const PADDED_REPORT: ReportSubmission = buildPadded();

const TITLE_MARKER = '\u0000TITLE\u0000';
const [BODY_HEAD, BODY_TAIL] = JSON.stringify({ ...PADDED_REPORT, title: TITLE_MARKER }).split(
  JSON.stringify(TITLE_MARKER),
) as [string, string];

/** The title of submission `n` (at most 200 characters, as the schema requires). */
export function reportTitle(tag: string, n: number): string {
  return `${PADDED_REPORT.title} (variant ${tag}-${n})`;
}

/** The JSON body of submission `n`; identical to the others except for the title. */
export function reportJson(tag: string, n: number): string {
  return BODY_HEAD + JSON.stringify(reportTitle(tag, n)) + BODY_TAIL;
}
