import { useState } from 'react';
import { Trans } from 'react-i18next';
import { DateTime } from '../../components/date-time.js';

/** "Too many attempts: try again in N minutes (after <time>)", from a Retry-After in seconds. */
export function RateLimited({ seconds }: { seconds: number }) {
  const [until] = useState(() => new Date(Date.now() + seconds * 1000).toISOString());
  return (
    <Trans
      i18nKey="account.rateLimited"
      count={Math.max(1, Math.ceil(seconds / 60))}
      components={{ time: <DateTime value={until} /> }}
    />
  );
}
