/**
 * Counting reproduction steps and recognising code, for the quality tier. Heuristics, kept in
 * one place and tested with real-looking reports in English and Japanese.
 */
import { filled } from './submission.js';

const LIST_MARKER = /^\s*(?:[0-9０-９]+\s*[.)．）:]|[-*•・]\s|step\s*[0-9]+|手順\s*[0-9０-９]+)/i;

/** Number of steps: array items, else numbered/bulleted lines, else non-empty lines. */
export function countReproductionSteps(steps: string | string[] | undefined): number {
  if (steps === undefined) return 0;
  if (Array.isArray(steps)) return steps.filter(filled).length;
  const lines = steps.split(/\r?\n/).filter(filled);
  const marked = lines.filter((l) => LIST_MARKER.test(l)).length;
  return marked > 0 ? marked : lines.length;
}

const CODE_KEYWORD =
  /^\s*(?:curl|wget|python3?|node|bash|sh|nc|perl|ruby|php|powershell|import|from\s+\S+\s+import|def|class|function|const|let|var|#include|package|using|public|private|fn|SELECT|INSERT|UPDATE|DELETE\s+FROM|<\?php|<script|<html|<svg|<!DOCTYPE)\b/i;
const HTTP_REQUEST_LINE = /^(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\s+\S+\s+HTTP\/\d/;
const CODE_PUNCTUATION = /[;{}=<>$|&\\]/g;

function isCodeLine(line: string): boolean {
  if (CODE_KEYWORD.test(line) || HTTP_REQUEST_LINE.test(line)) return true;
  if (/^( {4}|\t)\S/.test(line)) return true;
  return (line.match(CODE_PUNCTUATION)?.length ?? 0) >= 2;
}

/**
 * True when a proof of concept is code rather than prose: a fenced block, a shebang, or at least
 * half of its lines look like code (keywords, request lines, indentation, code punctuation).
 */
export function looksLikeCode(text: string | undefined): boolean {
  if (!filled(text)) return false;
  if (text.includes('```')) return true;
  const lines = text.split(/\r?\n/).filter(filled);
  if (lines[0]?.startsWith('#!')) return true;
  const code = lines.filter(isCodeLine).length;
  return code >= Math.ceil(lines.length / 2);
}
