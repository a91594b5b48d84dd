/**
 * The affected products and versions of a case as the form holds them: one row per product, in
 * the order staff listed them, with the versions ticked (none: every version, or an online
 * service). `affectedEntries` turns the rows into the `affected` list of
 * `PATCH /api/v1/reports/{id}/case`, whose objections name entries by their index.
 */
import type { CaseView } from './use-case-file.js';

export type AffectedView = CaseView['affected'];

export interface AffectedRow {
  productId: string;
  /** The ticked versions; empty: every version. */
  versionIds: string[];
}

export interface AffectedEntry {
  productId: string;
  versionId?: string;
}

/** The rows of a case view's list, grouping each product's versions. */
export function affectedRows(affected: AffectedView): AffectedRow[] {
  const rows: AffectedRow[] = [];
  for (const entry of affected) {
    let row = rows.find((r) => r.productId === entry.productId);
    if (row === undefined) {
      row = { productId: entry.productId, versionIds: [] };
      rows.push(row);
    }
    if (entry.versionId !== null) row.versionIds.push(entry.versionId);
  }
  return rows;
}

/** The request's list: a whole product as one entry, otherwise one entry per ticked version. */
export function affectedEntries(rows: readonly AffectedRow[]): AffectedEntry[] {
  return rows.flatMap((row) =>
    row.versionIds.length === 0
      ? [{ productId: row.productId }]
      : row.versionIds.map((versionId) => ({ productId: row.productId, versionId })),
  );
}

/** Whether two lists of rows send the same list. */
export function sameAffected(a: readonly AffectedRow[], b: readonly AffectedRow[]): boolean {
  return JSON.stringify(affectedEntries(a)) === JSON.stringify(affectedEntries(b));
}

const ENTRY_PATH = /^affected\[(\d+)\]\.(productId|versionId)$/;

/** The entry of `sent` that an objection's path names, or undefined for another field. */
export function entryOfPath(
  sent: readonly AffectedEntry[],
  path: string,
): AffectedEntry | undefined {
  const match = ENTRY_PATH.exec(path);
  return match === null ? undefined : sent[Number(match[1])];
}
