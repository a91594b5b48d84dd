import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OneTimeSecret as Secret } from '../account/one-time-secret.js';

/** A secret the server shows once (an enrolment link, an API token), in the console's words. */
export function OneTimeSecret(props: {
  heading: string;
  warning: ReactNode;
  label: string;
  secret: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Secret
      {...props}
      texts={{
        copy: t('console.secret.copy'),
        done: t('console.secret.done'),
        copied: t('console.secret.copied'),
        copyFailed: t('console.secret.copyFailed'),
      }}
    />
  );
}
