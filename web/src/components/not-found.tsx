import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('common.error.notFound')}</h1>
      <p>
        <Link to="/">{t('common.error.backHome')}</Link>
      </p>
    </section>
  );
}
