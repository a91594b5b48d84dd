import { useTranslation } from 'react-i18next';

/** The user's time zone, e.g. "Asia/Tokyo" (falls back to UTC). */
export function timeZoneName(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    // dateStyle/timeStyle cannot be combined with timeZoneName (RangeError/TypeError).
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** The time of day only, with its time zone: for moments of the current visit. */
export function formatTimeOfDay(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/**
 * A point in time, always shown with its time zone; the machine-readable value is UTC.
 * `timeOnly` leaves the date out, for moments of the current visit (a draft saved just now).
 */
export function DateTime({ value, timeOnly = false }: { value: string; timeOnly?: boolean }) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <time dateTime={value}>
      {timeOnly ? formatTimeOfDay(value, language) : formatDateTime(value, language)}
    </time>
  );
}
