import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A message that replaces or accompanies a form: an alert (something failed) or a status
 * (something worked). It takes the focus when it appears so it is read out at once.
 */
export function Notice({
  tone,
  children,
  focus = true,
}: {
  tone: 'warn' | 'ok';
  children: ReactNode;
  focus?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role={tone === 'warn' ? 'alert' : 'status'}
      className={`panel notice-${tone} account-notice`}
    >
      {children}
    </div>
  );
}
