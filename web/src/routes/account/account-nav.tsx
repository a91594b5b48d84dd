import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** Links between the signed-in account pages; the current one is marked by aria-current. */
export function AccountNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('account.nav.label')} className="account-nav">
      <ul>
        <li>
          <NavLink to="/account" end>
            {t('account.nav.overview')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/account/reports">{t('account.nav.reports')}</NavLink>
        </li>
        <li>
          <NavLink to="/account/tokens">{t('account.nav.tokens')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
