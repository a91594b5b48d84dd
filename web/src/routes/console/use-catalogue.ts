import { useEffect, useState } from 'react';
import { api } from '../../api/client.js';
import type { paths } from '../../api/schema.js';

export type Catalogue =
  paths['/api/v1/products']['get']['responses'][200]['content']['application/json'];
export type CatalogueProduct = Catalogue['products'][number];

/** The product catalogue, once the server has answered; `undefined` until then or on failure. */
export function useCatalogue(): Catalogue | undefined {
  const [catalogue, setCatalogue] = useState<Catalogue>();
  useEffect(() => {
    let current = true;
    api
      .GET('/api/v1/products')
      .then(({ data }) => {
        if (current && data !== undefined) setCatalogue(data);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  return catalogue;
}
