import { useTranslation } from 'react-i18next';
import { OneTimeSecret } from './one-time-secret.js';

/** A token's secret, shown once, with a copy button and the warning that goes with it. */
export function NewToken({
  name,
  secret,
  onDone,
}: {
  name: string;
  secret: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  return (
    <OneTimeSecret
      heading={t('account.tokens.newHeading', { name })}
      warning={t('account.tokens.newWarning')}
      label={t('account.tokens.secret')}
      secret={secret}
      name="token"
      texts={{
        copy: t('account.tokens.copy'),
        done: t('account.tokens.saved'),
        copied: t('account.tokens.copied'),
        copyFailed: t('account.tokens.copyFailed'),
      }}
      onDone={onDone}
    />
  );
}
