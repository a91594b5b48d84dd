/**
 * The product catalogue (staff): families, products or online services, and versions with
 * their support dates. Everyone on staff reads it; case managers and admins change it.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { PRODUCT_KINDS } from '../../../domain/product/catalogue.js';
import type { Services } from '../../../services/index.js';
import { ProblemSchema } from '../../schemas.js';

export interface ProductRoutesOptions {
  services: Services;
}

const security = [{ sessionCookie: [] }, { bearerAuth: [] }] as Record<string, string[]>[];
const Name = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S', description: 'Name.' });
const Day = (description: string) =>
  Type.Optional(
    Type.Union([Type.String({ format: 'date' }), Type.Null()], {
      description: `${description} (YYYY-MM-DD), or null.`,
    }),
  );
const NullableText = (description: string) =>
  Type.Union([Type.String(), Type.Null()], { description });
const Url = Type.Optional(
  Type.Union(
    [Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2000 }), Type.Null()],
    {
      description:
        'Address of the product page or online service: https (http only for localhost; otherwise refused with the rule `https-required`).',
    },
  ),
);
const Created = Type.Object({ id: Type.String({ description: 'Id of the new entry.' }) });
const errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
};

const Catalogue = Type.Object({
  families: Type.Array(
    Type.Object({
      id: Type.String({ description: 'Family id.' }),
      name: Type.String({ description: 'Family name.' }),
    }),
    { description: 'Product families, by name.' },
  ),
  products: Type.Array(
    Type.Object({
      id: Type.String({ description: 'Product id.' }),
      name: Type.String({ description: 'Product name.' }),
      kind: Type.Enum(PRODUCT_KINDS, { description: 'An installed product or an online service.' }),
      familyId: NullableText('Family, or null.'),
      url: NullableText('Product page or service address, or null.'),
      retiredAt: NullableText('When it was retired (UTC), or null.'),
      versions: Type.Array(
        Type.Object({
          id: Type.String({ description: 'Version id.' }),
          name: Type.String({ description: 'Version name, e.g. 4.2 or 2026 H1.' }),
          releasedOn: NullableText('Release date (YYYY-MM-DD), or null.'),
          supportedUntil: NullableText('End of security support (YYYY-MM-DD), or null.'),
        }),
        { description: 'Versions, oldest entry first.' },
      ),
    }),
    { description: 'Products, by name.' },
  ),
});

const productRoutes: FastifyPluginAsyncTypebox<ProductRoutesOptions> = async (app, opts) => {
  const { products } = opts.services;

  app.get(
    '/api/v1/products',
    {
      schema: {
        tags: ['products'],
        summary: 'The product catalogue (staff)',
        security,
        response: { 200: Catalogue, 401: ProblemSchema, 403: ProblemSchema },
      },
    },
    async (request) => products.catalogue(request.actor),
  );

  app.post(
    '/api/v1/product-families',
    {
      schema: {
        tags: ['products'],
        summary: 'Add a product family (case manager, admin)',
        body: Type.Object({ name: Name }, { additionalProperties: false }),
        security,
        response: { 201: Created, ...errors },
      },
    },
    async (request, reply) => {
      const family = await products.addFamily(request.actor, request.body.name);
      void reply.code(201);
      return { id: family.id };
    },
  );

  app.post(
    '/api/v1/products',
    {
      schema: {
        tags: ['products'],
        summary: 'Add a product or online service (case manager, admin)',
        body: Type.Object(
          {
            name: Name,
            kind: Type.Enum(PRODUCT_KINDS, { description: 'product or online-service.' }),
            familyId: Type.Optional(
              Type.Union([Type.String({ maxLength: 40 }), Type.Null()], { description: 'Family.' }),
            ),
            url: Url,
          },
          { additionalProperties: false },
        ),
        security,
        response: { 201: Created, ...errors },
      },
    },
    async (request, reply) => {
      const id = await products.addProduct(request.actor, request.body);
      void reply.code(201);
      return { id };
    },
  );

  app.patch(
    '/api/v1/products/:productId',
    {
      schema: {
        tags: ['products'],
        summary: 'Rename, regroup, retire or reinstate a product (case manager, admin)',
        params: Type.Object({
          productId: Type.String({ maxLength: 40, description: 'Product id.' }),
        }),
        body: Type.Object(
          {
            name: Type.Optional(Name),
            familyId: Type.Optional(
              Type.Union([Type.String({ maxLength: 40 }), Type.Null()], { description: 'Family.' }),
            ),
            url: Url,
            retired: Type.Optional(Type.Boolean({ description: 'Retired (true) or in service.' })),
          },
          { additionalProperties: false },
        ),
        security,
        response: { 204: Type.Null({ description: 'Saved.' }), ...errors },
      },
    },
    async (request, reply) => {
      await products.updateProduct(request.actor, request.params.productId, request.body);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/products/:productId/versions',
    {
      schema: {
        tags: ['products'],
        summary: 'Add a version with its support dates (case manager, admin)',
        description:
          'Online services have no versions: adding one to an online service answers 400 naming `productId` (rule `not-allowed`).',
        params: Type.Object({
          productId: Type.String({ maxLength: 40, description: 'Product id.' }),
        }),
        body: Type.Object(
          {
            name: Type.String({
              minLength: 1,
              maxLength: 100,
              pattern: '\\S',
              description: 'Version name.',
            }),
            releasedOn: Day('Release date'),
            supportedUntil: Day('End of security support'),
          },
          { additionalProperties: false },
        ),
        security,
        response: { 201: Created, ...errors },
      },
    },
    async (request, reply) => {
      const id = await products.addVersion(request.actor, request.params.productId, request.body);
      void reply.code(201);
      return { id };
    },
  );
};

export default productRoutes;
