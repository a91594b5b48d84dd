import { describe, expect, it } from 'vitest';
import { formatCaseNumber, formatReportRef, isCaseNumber, isReportRef } from './reference.js';
import { firstResponseDueAt, isFirstResponseOverdue } from '../sla/first-response.js';

describe('report references', () => {
  it('are the prefix, the year and a zero-padded sequence that can grow', () => {
    expect(formatReportRef(2026, 42)).toBe('VD-2026-00042');
    expect(formatReportRef(2026, 1_234_567)).toBe('VD-2026-1234567');
    expect(isReportRef('VD-2026-00042')).toBe(true);
    expect(isReportRef('VD-2026-42')).toBe(false);
    expect(isReportRef('../etc/passwd')).toBe(false);
  });

  it('tell case numbers apart from references and text', () => {
    expect(isCaseNumber(formatCaseNumber(2026, 7))).toBe(true);
    expect(isCaseNumber('CASE-2026-7')).toBe(false);
    expect(isCaseNumber('VD-2026-00042')).toBe(false);
    expect(isCaseNumber('case-2026-00007')).toBe(false);
    expect(isReportRef('CASE-2026-00007')).toBe(false);
  });
});

describe('first response', () => {
  it('is due the configured number of hours after receipt', () => {
    const received = new Date('2026-03-31T23:30:00.000Z');
    expect(firstResponseDueAt(received, 24).toISOString()).toBe('2026-04-01T23:30:00.000Z');
    expect(firstResponseDueAt(received, 1).toISOString()).toBe('2026-04-01T00:30:00.000Z');
  });

  it('is overdue only after the due time and only without a response', () => {
    const due = new Date('2026-04-01T00:00:00.000Z');
    expect(isFirstResponseOverdue(due, new Date('2026-04-01T00:00:00.000Z'))).toBe(false);
    expect(isFirstResponseOverdue(due, new Date('2026-04-01T00:00:00.001Z'))).toBe(true);
    expect(
      isFirstResponseOverdue(
        due,
        new Date('2026-04-02T00:00:00.000Z'),
        new Date('2026-03-31T10:00:00.000Z'),
      ),
    ).toBe(false);
  });
});
