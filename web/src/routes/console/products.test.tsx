// The fake API must be installed before the client module starts.
import { calls, onApi, problem, resetApi } from '../account/fake-api.js';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadSession } from '../../api/session.js';
import {
  loadConsoleTexts,
  ROLE_ABILITIES,
  sessionOf,
  showConsole as show,
  showIn,
} from './console-test-kit.js';

const CATALOGUE = {
  families: [{ id: 'f1', name: 'Contoso Office' }],
  products: [
    {
      id: 'p1',
      name: 'Contoso Viewer',
      kind: 'product',
      familyId: 'f1',
      url: 'https://contoso.example/viewer',
      retiredAt: null,
      versions: [
        { id: 'v1', name: '4.2', releasedOn: '2025-10-01', supportedUntil: '2027-10-01' },
        { id: 'v2', name: '5.0', releasedOn: '2026-02-01', supportedUntil: null },
      ],
    },
    {
      id: 'p2',
      name: 'Contoso Cloud Mail',
      kind: 'online-service',
      familyId: null,
      url: null,
      retiredAt: '2026-01-15T00:00:00.000Z',
      versions: [],
    },
  ],
};

async function signedInAs(session: ReturnType<typeof sessionOf>) {
  onApi('GET /api/v1/session', { status: 200, body: session });
  await act(() => loadSession(true));
}

const productCard = async (name: string) =>
  (await screen.findByRole('heading', { level: 4, name: new RegExp(name) })).closest(
    'li',
  ) as HTMLElement;

const catalogueCalls = () =>
  calls.filter((c) => c.method === 'GET' && c.path === '/api/v1/products');

/** The control of a form, by the form's heading and the control's label. */
function control(formHeading: string, label: RegExp | string): HTMLInputElement {
  const form = screen.getByRole('form', { name: formHeading });
  return within(form).getByLabelText(label);
}

beforeAll(loadConsoleTexts);
beforeEach(async () => {
  resetApi();
  onApi('GET /api/v1/products', { status: 200, body: CATALOGUE });
  await signedInAs(sessionOf('case-manager', ['queue.read', 'product.read', 'product.manage']));
});
afterEach(cleanup);

describe('the products page', () => {
  it('lists products by family with kind, address, retirement and versions', async () => {
    show('/console/products');
    const family = await screen.findByRole('region', { name: 'Contoso Office' });
    const viewer = within(await productCard('Contoso Viewer'));
    expect(family.contains(viewer.getByText('Product'))).toBe(true);
    expect(viewer.getByRole('link', { name: 'https://contoso.example/viewer' })).toBeTruthy();
    const rows = within(viewer.getByRole('table', { name: 'Versions of Contoso Viewer' }))
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toEqual([
      'VersionReleased onSupported until',
      '4.22025-10-012027-10-01',
      '5.02026-02-01Not decided',
    ]);
    const mail = within(await productCard('Contoso Cloud Mail'));
    expect(mail.getByText('Online service')).toBeTruthy();
    expect(mail.getByText('Retired')).toBeTruthy();
    expect(mail.getByRole('button', { name: 'Put back in service' })).toBeTruthy();
    expect(
      screen.getByRole('region', { name: 'No family' }).contains(mail.getByText('Retired')),
    ).toBe(true);
  });

  it('shows the catalogue read-only to roles that may only read it', async () => {
    await signedInAs(sessionOf('auditor', ROLE_ABILITIES.auditor));
    show('/console/products');
    const viewer = within(await productCard('Contoso Viewer'));
    expect(screen.queryByRole('heading', { name: 'Add to the catalogue' })).toBeNull();
    expect(viewer.queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(viewer.queryByRole('button', { name: 'Add a version' })).toBeNull();
    expect(viewer.queryByRole('button', { name: 'Retire' })).toBeNull();
    const nav = screen.getByRole('navigation', { name: 'Console' });
    expect(within(nav).getByRole('link', { name: 'Products' })).toBeTruthy();
    expect(within(nav).queryByRole('link', { name: 'Users' })).toBeNull();
  });

  it('is neither linked nor shown to a role without product.read', async () => {
    await signedInAs(sessionOf('nobody', ['queue.read']));
    show('/console/products');
    expect(await screen.findByText('Your role may not use this page.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Products' })).toBeNull();
    expect(catalogueCalls()).toHaveLength(0);
  });

  it('adds an online service with its family and address', async () => {
    onApi('POST /api/v1/products', { status: 201, body: { id: 'p3' } });
    show('/console/products');
    await productCard('Contoso Viewer');
    const form = 'Product or online service';
    fireEvent.change(control(form, /^Name/), { target: { value: ' Contoso Sync ' } });
    fireEvent.change(control(form, /^Kind/), { target: { value: 'online-service' } });
    fireEvent.change(control(form, /^Family/), { target: { value: 'f1' } });
    fireEvent.change(control(form, /^Address/), { target: { value: 'https://sync.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add product' }));
    await waitFor(() => expect(catalogueCalls()).toHaveLength(2));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      name: ' Contoso Sync ',
      kind: 'online-service',
      familyId: 'f1',
      url: 'https://sync.example',
    });
    expect(screen.getByText('Contoso Sync was added.')).toBeTruthy();
    expect(control(form, /^Name/).value).toBe('');
  });

  it('offers versions for products only: an online service has none', async () => {
    show('/console/products');
    const viewer = within(await productCard('Contoso Viewer'));
    expect(viewer.getByRole('button', { name: 'Add a version' })).toBeTruthy();
    const mail = within(await productCard('Contoso Cloud Mail'));
    expect(mail.queryByRole('button', { name: 'Add a version' })).toBeNull();
    expect(
      mail.getByText('An online service has no versions: its fixes reach everyone at once.'),
    ).toBeTruthy();
    expect(mail.queryByText('No versions recorded.')).toBeNull();
    expect(mail.getByRole('button', { name: 'Edit' })).toBeTruthy();
  });

  it('asks for an https address and words the server’s refusal of http beside it', async () => {
    onApi('POST /api/v1/products', {
      status: 400,
      body: problem(400, 'validation-failed', [
        {
          path: 'url',
          message: 'must start with https:// (http:// only for localhost)',
          rule: 'https-required',
        },
      ]),
    });
    show('/console/products');
    await productCard('Contoso Viewer');
    const form = 'Product or online service';
    const address = control(form, /^Address/);
    expect(
      within(address.closest('.field') as HTMLElement).getByText(
        'The product page or the address of the service, starting with https:// (http:// only for localhost).',
      ),
    ).toBeTruthy();
    fireEvent.change(control(form, /^Name/), { target: { value: 'Contoso Sync' } });
    fireEvent.change(address, { target: { value: 'http://sync.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add product' }));
    const message = await screen.findByText(
      'Enter an address starting with https:// (http:// only for localhost).',
    );
    expect(message.closest('.field')).toBe(address.closest('.field'));
    expect(address.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the server’s objection beside the field it names', async () => {
    onApi('POST /api/v1/product-families', {
      status: 409,
      body: problem(409, 'conflict', [{ path: 'name', message: 'is taken already' }]),
    });
    show('/console/products');
    await productCard('Contoso Viewer');
    const name = control('Product family', /^Family name/);
    fireEvent.change(name, { target: { value: 'Contoso Office' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add family' }));
    const message = await screen.findByText('is taken already');
    expect(message.closest('.field')).toBe(name.closest('.field'));
    expect(name.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(name));
    // The product form's own "name" field is untouched.
    expect(control('Product or online service', /^Name/).getAttribute('aria-invalid')).toBeNull();
  });

  it('adds a version with its support dates; a refused date is named beside it', async () => {
    onApi('POST /api/v1/products/p1/versions', (call) =>
      (call.body as { supportedUntil: string | null }).supportedUntil === '2020-01-01'
        ? {
            status: 400,
            body: problem(400, 'validation-failed', [
              { path: 'supportedUntil', message: 'is before the release date' },
            ]),
          }
        : { status: 201, body: { id: 'v3' } },
    );
    show('/console/products');
    const viewer = within(await productCard('Contoso Viewer'));
    fireEvent.click(viewer.getByRole('button', { name: 'Add a version' }));
    const form = 'New version of Contoso Viewer';
    fireEvent.change(control(form, /^Version/), { target: { value: '5.1' } });
    fireEvent.change(control(form, /^Released on/), { target: { value: '2026-03-01' } });
    fireEvent.change(control(form, /^Supported until/), { target: { value: '2020-01-01' } });
    fireEvent.click(viewer.getByRole('button', { name: 'Add version' }));
    expect(await viewer.findByText('is before the release date')).toBeTruthy();
    expect(control(form, /^Supported until/).getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(control(form, /^Supported until/), { target: { value: '' } });
    fireEvent.click(viewer.getByRole('button', { name: 'Add version' }));
    await waitFor(() => expect(catalogueCalls()).toHaveLength(2));
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([
      { name: '5.1', releasedOn: '2026-03-01', supportedUntil: '2020-01-01' },
      { name: '5.1', releasedOn: '2026-03-01', supportedUntil: null },
    ]);
  });

  it('edits and retires a product', async () => {
    onApi('PATCH /api/v1/products/p1', { status: 204 });
    show('/console/products');
    const viewer = within(await productCard('Contoso Viewer'));
    fireEvent.click(viewer.getByRole('button', { name: 'Edit' }));
    const form = 'Edit Contoso Viewer';
    expect(control(form, /^Name/).value).toBe('Contoso Viewer');
    fireEvent.change(control(form, /^Family/), { target: { value: '' } });
    fireEvent.change(control(form, /^Address/), { target: { value: '' } });
    fireEvent.click(viewer.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(catalogueCalls()).toHaveLength(2));
    fireEvent.click(viewer.getByRole('button', { name: 'Retire' }));
    await waitFor(() => expect(catalogueCalls()).toHaveLength(3));
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => c.body)).toEqual([
      { name: 'Contoso Viewer', familyId: null, url: null },
      { retired: true },
    ]);
  });

  it('speaks Japanese', async () => {
    await signedInAs(sessionOf('admin', ROLE_ABILITIES.admin));
    await showIn('ja');
    try {
      show('/console/products');
      expect(await screen.findByRole('heading', { level: 1, name: '製品カタログ' })).toBeTruthy();
      const mail = within(await productCard('Contoso Cloud Mail'));
      expect(mail.getByText('オンラインサービス')).toBeTruthy();
      expect(mail.getByText('提供終了')).toBeTruthy();
      expect(
        mail.getByText(
          'オンラインサービスにはバージョンがありません。修正は全員に一度に届きます。',
        ),
      ).toBeTruthy();
      expect(screen.getByRole('button', { name: 'ファミリーを追加' })).toBeTruthy();
    } finally {
      await showIn('en');
    }
  });
});
