import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { forgetSession, useSession } from '../../api/session.js';
import { AccountNav } from './account-nav.js';
import { PageHeading } from './page-heading.js';
import { RequireSession } from './require-session.js';
import { TokenCreate } from './token-create.js';
import { TokenList, type ApiToken, type TokensLoad } from './token-list.js';

/** How a script sends a token; code, the same in every language. */
const HEADER_EXAMPLE = 'Authorization: Bearer vdp_…';

/** `/account/tokens`: create, list and revoke API tokens. */
export function Tokens() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <>
      <PageHeading focusKey={session === undefined ? undefined : (session?.id ?? 'signed-out')}>
        {t('account.tokens.title')}
      </PageHeading>
      <RequireSession session={session}>
        {() => (
          <>
            <AccountNav />
            <p>{t('account.tokens.lead')}</p>
            <pre>
              <code>{HEADER_EXAMPLE}</code>
            </pre>
            <p>{t('account.tokens.secretNote')}</p>
            <TokenSections />
          </>
        )}
      </RequireSession>
    </>
  );
}

function TokenSections() {
  const [load, setLoad] = useState<TokensLoad>({ state: 'loading' });
  const live = useRef(true);

  const reload = useCallback(async () => {
    try {
      const { data, response } = await api.GET('/api/v1/me/tokens');
      if (!live.current) return;
      if (response.status === 401) {
        forgetSession();
        return;
      }
      setLoad(data === undefined ? { state: 'failed' } : { state: 'ready', items: data.items });
    } catch {
      if (live.current) setLoad({ state: 'failed' });
    }
  }, []);

  useEffect(() => {
    live.current = true;
    void reload();
    return () => {
      live.current = false;
    };
  }, [reload]);

  return (
    <>
      <TokenCreate onCreated={(token) => setLoad((l) => withToken(l, token))} />
      <TokenList
        load={load}
        onRetry={() => {
          setLoad({ state: 'loading' });
          void reload();
        }}
        onRevoked={(id) =>
          setLoad((l) =>
            l.state === 'ready' ? { state: 'ready', items: l.items.filter((x) => x.id !== id) } : l,
          )
        }
      />
    </>
  );
}

function withToken(load: TokensLoad, token: ApiToken): TokensLoad {
  if (load.state !== 'ready') return load;
  return { state: 'ready', items: [token, ...load.items.filter((x) => x.id !== token.id)] };
}
