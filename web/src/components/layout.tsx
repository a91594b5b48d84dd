import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { LanguageSwitch } from './language-switch.js';
import { TimeZoneNote } from './time-zone-note.js';

export function Layout() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container header-row">
          <Link to="/" className="brand">
            {t('common.siteName')}
          </Link>
          <nav aria-label={t('common.nav.label')}>
            <ul className="nav-list">
              <li>
                <NavLink to="/report">{t('common.nav.report')}</NavLink>
              </li>
              <li>
                <NavLink to="/track">{t('common.nav.track')}</NavLink>
              </li>
              <li>
                <NavLink to="/help">{t('common.nav.help')}</NavLink>
              </li>
              <li>
                <NavLink to="/account">{t('common.nav.account')}</NavLink>
              </li>
            </ul>
          </nav>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="container" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <ul className="footer-links">
            <li>
              <a href="/.well-known/security.txt">{t('common.footer.securityTxt')}</a>
            </li>
            <li>
              <a href="/api/docs/">{t('common.footer.api')}</a>
            </li>
          </ul>
          <TimeZoneNote />
        </div>
      </footer>
    </>
  );
}
