/** Which picked files join the report: at most `maxFiles`, each at most `maxBytes`, no duplicates. */
export interface AttachmentLimits {
  maxFiles: number;
  maxBytes: number;
}

export interface RejectedFile {
  name: string;
  reason: 'tooLarge' | 'tooMany' | 'duplicate';
}

export function acceptFiles(
  current: readonly File[],
  picked: readonly File[],
  limits: AttachmentLimits,
): { files: File[]; rejected: RejectedFile[] } {
  const files = [...current];
  const rejected: RejectedFile[] = [];
  const same = (a: File, b: File) =>
    a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;
  for (const file of picked) {
    if (files.some((f) => same(f, file))) rejected.push({ name: file.name, reason: 'duplicate' });
    else if (file.size > limits.maxBytes) rejected.push({ name: file.name, reason: 'tooLarge' });
    else if (files.length >= limits.maxFiles) rejected.push({ name: file.name, reason: 'tooMany' });
    else files.push(file);
  }
  return { files, rejected };
}
