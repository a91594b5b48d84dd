import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { currentLanguage } from '../../i18n/index.js';

export interface HelpDestination {
  id: string;
  title: string;
}

/**
 * The operator's help destinations in the page's language (where a report that is not a
 * vulnerability is sent), fetched only while `wanted`.
 */
export function useHelpDestinations(wanted: boolean): readonly HelpDestination[] {
  const { i18n } = useTranslation();
  const lang = currentLanguage(i18n.resolvedLanguage);
  const [items, setItems] = useState<readonly HelpDestination[]>([]);
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    api
      .GET('/api/v1/help/destinations', { params: { query: { lang } } })
      .then(({ data }) => {
        if (current && data !== undefined) setItems(data.items);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [wanted, lang]);
  return items;
}
