import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { afterNextPaint } from './after-paint.js';
import { timeZoneName } from './date-time.js';

/**
 * The user's time zone, known once the page has painted. The first `Intl.DateTimeFormat` of a
 * page loads ICU's time zone and locale data, 25–120 ms on a small machine: this note in the
 * footer of every page must not hold up the first paint. Until then the line keeps its space.
 */
export function TimeZoneNote() {
  const { t } = useTranslation();
  const [zone, setZone] = useState<string>();
  useEffect(() => afterNextPaint(() => setZone(timeZoneName())), []);
  return (
    <p className="muted time-zone-note">
      {zone === undefined ? '\u00a0' : t('common.time.zone', { zone })}
    </p>
  );
}
