/** The promise to a researcher: a human answers within N hours of receipt. */
export const HOUR_MS = 3_600_000;

export function firstResponseDueAt(receivedAt: Date, hours: number): Date {
  return new Date(receivedAt.getTime() + hours * HOUR_MS);
}

export function isFirstResponseOverdue(dueAt: Date, now: Date, respondedAt?: Date): boolean {
  return respondedAt === undefined && now.getTime() > dueAt.getTime();
}
