/**
 * Per-file upload progress from the one number the browser reports: the bytes of the multipart
 * body sent so far. The body holds the JSON part (`report` or `message`), then each file in
 * order; every part also carries a boundary and headers, whose total size is the body's size
 * minus the content.
 */
export interface MultipartLayout {
  /** Bytes of the JSON part's content (UTF-8). */
  jsonBytes: number;
  /** Bytes of each file, in the order of the parts. */
  fileSizes: readonly number[];
}

/** Fraction (0–1) of each file sent, given `loaded` of `total` bytes of the body. */
export function fileProgress(layout: MultipartLayout, loaded: number, total: number): number[] {
  const { jsonBytes, fileSizes } = layout;
  if (total <= 0) return fileSizes.map(() => 0);
  if (loaded >= total) return fileSizes.map(() => 1);
  const content = jsonBytes + fileSizes.reduce((sum, size) => sum + size, 0);
  // Boundaries and part headers, spread evenly: one share before each part, one at the end.
  const overhead = Math.max(0, total - content) / (fileSizes.length + 2);
  let offset = overhead + jsonBytes;
  return fileSizes.map((size) => {
    const start = offset + overhead;
    offset = start + size;
    if (size === 0) return loaded >= start ? 1 : 0;
    return Math.min(1, Math.max(0, (loaded - start) / size));
  });
}

/** UTF-8 size of a string, as it will travel. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}
