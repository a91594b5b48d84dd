import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { paths } from '../../api/schema.js';
import { forgetSession } from '../../api/session.js';
import { DateTime } from '../../components/date-time.js';
import { Notice } from './notice.js';
import { usePendingAction } from './use-pending-action.js';

export type ApiToken =
  paths['/api/v1/me/tokens']['get']['responses'][200]['content']['application/json']['items'][number];

export type TokensLoad =
  { state: 'loading' } | { state: 'failed' } | { state: 'ready'; items: ApiToken[] };

/** The active tokens; each can be revoked after a confirmation. */
export function TokenList({
  load,
  onRetry,
  onRevoked,
}: {
  load: TokensLoad;
  onRetry: () => void;
  onRevoked: (id: string) => void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [revoked, setRevoked] = useState<string>();
  return (
    <section aria-labelledby="account-token-list">
      <h2 id="account-token-list" tabIndex={-1} ref={heading}>
        {t('account.tokens.listHeading')}
      </h2>
      <p role="status" className={load.state === 'loading' ? 'muted' : undefined}>
        {load.state === 'loading'
          ? t('common.loading')
          : revoked !== undefined
            ? t('account.tokens.revoked', { name: revoked })
            : ''}
      </p>
      {load.state === 'failed' && (
        <Notice tone="warn">
          <p>{t('account.tokens.failed')}</p>
          <p>
            <button type="button" className="button" onClick={onRetry}>
              {t('account.tokens.retry')}
            </button>
          </p>
        </Notice>
      )}
      {load.state === 'ready' && load.items.length === 0 && <p>{t('account.tokens.empty')}</p>}
      {load.state === 'ready' && load.items.length > 0 && (
        <ul className="account-list">
          {load.items.map((token) => (
            <TokenItem
              key={token.id}
              token={token}
              onRevoked={() => {
                setRevoked(token.name);
                onRevoked(token.id);
                heading.current?.focus();
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function TokenItem({ token, onRevoked }: { token: ApiToken; onRevoked: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const confirmId = `account-revoke-${token.id}`;
  return (
    <li className="panel">
      <h3 className="account-item-title">{token.name}</h3>
      <dl className="account-facts">
        <dt>{t('account.tokens.prefix')}</dt>
        <dd className="mono">{token.prefix}…</dd>
        <dt>{t('account.tokens.created')}</dt>
        <dd>
          <DateTime value={token.createdAt} />
        </dd>
        <dt>{t('account.tokens.lastUsed')}</dt>
        <dd>
          {token.lastUsedAt === null ? (
            t('account.tokens.neverUsed')
          ) : (
            <DateTime value={token.lastUsedAt} />
          )}
        </dd>
      </dl>
      <p className="actions">
        <button
          ref={revokeButton}
          type="button"
          className="button danger"
          aria-label={t('account.tokens.revokeLabel', { name: token.name })}
          aria-expanded={confirming}
          aria-controls={confirming ? confirmId : undefined}
          onClick={() => setConfirming((c) => !c)}
        >
          {t('account.tokens.revoke')}
        </button>
      </p>
      {confirming && (
        <RevokeConfirm
          id={confirmId}
          token={token}
          onCancel={() => {
            setConfirming(false);
            revokeButton.current?.focus();
          }}
          onRevoked={onRevoked}
        />
      )}
    </li>
  );
}

/** "Revoke it? Scripts stop working." with the real action and a way back. */
function RevokeConfirm({
  id,
  token,
  onCancel,
  onRevoked,
}: {
  id: string;
  token: ApiToken;
  onCancel: () => void;
  onRevoked: () => void;
}) {
  const { t } = useTranslation();
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => question.current?.focus(), []);
  const { busy, failed, run } = usePendingAction(async () => {
    try {
      const { response } = await api.DELETE('/api/v1/me/tokens/{id}', {
        params: { path: { id: token.id } },
      });
      // The session has ended: the page asks to sign in again.
      if (response.status === 401) {
        forgetSession();
        return true;
      }
      // 404: already revoked (e.g. in another tab): the outcome the user asked for.
      if (response.ok || response.status === 404) {
        onRevoked();
        return true;
      }
    } catch {
      // shown as failed
    }
    return false;
  });

  return (
    <div id={id} role="group" aria-labelledby={`${id}-q`} className="account-confirm">
      <p id={`${id}-q`} tabIndex={-1} ref={question}>
        {t('account.tokens.confirm', { name: token.name })}
      </p>
      {failed && (
        <Notice tone="warn">
          <p>{t('account.tokens.revokeFailed')}</p>
        </Notice>
      )}
      <p className="actions">
        <button type="button" className="button danger primary" aria-disabled={busy} onClick={run}>
          {busy ? t('account.tokens.revoking') : t('account.tokens.confirmRevoke')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('account.tokens.cancel')}
        </button>
      </p>
    </div>
  );
}
