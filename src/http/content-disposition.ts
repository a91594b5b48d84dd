/**
 * `Content-Disposition: attachment` for a file name that came from an uploader (RFC 6266): a
 * quoted ASCII fallback in which anything that could end the quoting, split the header or
 * suggest a path is replaced, and the exact name in `filename*` (RFC 8187, percent-encoded
 * UTF-8), which browsers prefer. The browser saves the file and never shows it inline.
 */
export function attachmentDisposition(filename: string): string {
  const fallback = [...filename]
    .map((ch) => (/^[\x20-\x7e]$/.test(ch) && !/["\\/%;]/.test(ch) ? ch : '_'))
    .join('');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
