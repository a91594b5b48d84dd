import { useTranslation } from 'react-i18next';

export function Account() {
  const { t } = useTranslation();
  return <h1>{t('common.loading')}</h1>;
}
