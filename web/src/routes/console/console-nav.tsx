import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate } from 'react-router';
import { signOut, type SessionAccount, type StaffAction } from '../../api/session.js';
import { may } from './staff-roles.js';

/** The console's pages beyond the queue: shown only to roles that may use them. */
const SECTIONS: readonly (readonly [string, StaffAction, string])[] = [
  ['/console/metrics', 'metrics.read', 'console.nav.metrics'],
  ['/console/products', 'product.read', 'console.nav.products'],
  ['/console/users', 'user.read', 'console.nav.users'],
  ['/console/audit', 'audit.read', 'console.nav.audit'],
];

/** The console's own navigation (the pages the role may use), who is signed in, a way out. */
export function ConsoleNav({ account }: { account: SessionAccount }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <nav className="console-nav" aria-label={t('console.nav.label')}>
      <ul>
        <li>
          <NavLink to="/console" end>
            {t('console.nav.queue')}
          </NavLink>
        </li>
        {SECTIONS.filter(([, action]) => may(account, action)).map(([path, , label]) => (
          <li key={path}>
            <NavLink to={path}>{t(label)}</NavLink>
          </li>
        ))}
      </ul>
      <p className="console-who">
        <span>
          {t('console.nav.signedInAs', {
            email: account.email,
            role: t(`console.roles.${account.role}`, { defaultValue: account.role }),
          })}
        </span>{' '}
        <button
          type="button"
          className="button"
          onClick={() => {
            void signOut().then((done) => {
              if (done) void navigate('/console/sign-in');
            });
          }}
        >
          {t('console.nav.signOut')}
        </button>
      </p>
    </nav>
  );
}
