/** A byte count for people, in the page's language: "512 B", "1.4 MB". */
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
    unitDisplay: 'short',
    maximumFractionDigits: chosen[1] === 1 ? 0 : 1,
  }).format(bytes / chosen[1]);
}
