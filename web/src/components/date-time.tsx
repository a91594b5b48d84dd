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

/** A point in time, always shown with its time zone; the machine-readable value is UTC. */
export function DateTime({ value }: { value: string }) {
  const { i18n } = useTranslation();
  return <time dateTime={value}>{formatDateTime(value, i18n.resolvedLanguage ?? 'en')}</time>;
}
