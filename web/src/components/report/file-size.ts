/**
 * A byte count for people, in the page's language: "1 byte", "44 bytes" ("44 バイト"), "1.4 MB".
 * Whole bytes are written out (the short form is "44 byte" in English, for every count); the
 * larger units keep their symbols. The one formatter of sizes, for the portal and the console.
 */
export function formatFileSize(bytes: number, language: string): string {
  const units = [
    ['byte', 1],
    ['kilobyte', 1024],
    ['megabyte', 1024 ** 2],
    ['gigabyte', 1024 ** 3],
  ] as const;
  let chosen: (typeof units)[number] = units[0];
  for (const unit of units) if (bytes >= unit[1]) chosen = unit;
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: chosen[0],
    unitDisplay: chosen[1] === 1 ? 'long' : 'short',
    maximumFractionDigits: chosen[1] === 1 ? 0 : 1,
  }).format(bytes / chosen[1]);
}
