import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The page's h1 and the document title. When `focusKey` changes after it was first known (the
 * user signed in or out), the heading takes the focus, so keyboard and screen reader users land
 * on the content that replaced the form.
 */
export function PageHeading({ children, focusKey }: { children: string; focusKey?: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  const previous = useRef(focusKey);
  useEffect(() => {
    if (previous.current !== undefined && previous.current !== focusKey) ref.current?.focus();
    previous.current = focusKey;
  }, [focusKey]);
  return (
    <>
      <title>{`${children} | ${t('common.siteName')}`}</title>
      <h1 tabIndex={-1} ref={ref}>
        {children}
      </h1>
    </>
  );
}
