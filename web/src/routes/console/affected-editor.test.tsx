// The fake API must be installed before the client module starts.
import { calls, onApi, problem } from '../account/fake-api.js';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadSession } from '../../api/session.js';
import { affectedEntries, affectedRows, entryOfPath } from './affected-products.js';
import { loadConsoleTexts, showConsole, type StaffRole } from './console-test-kit.js';
import { CASE, ID, serveReportPage } from './report-page-fixtures.js';

beforeAll(loadConsoleTexts);
afterEach(cleanup);

const AFFECTED = {
  status: 'develop',
  productId: 'p-forum',
  affected: [
    { productId: 'p-forum', productName: 'Forum', versionId: 'v1', version: '2.0' },
    { productId: 'p-mail', productName: 'Mail', versionId: null, version: null },
  ],
};

async function showCase(role: StaffRole, kase: Record<string, unknown> = AFFECTED) {
  serveReportPage(role, kase);
  await act(() => loadSession(true));
  showConsole(`/console/reports/${ID}`);
  await screen.findByText('Stored XSS in comments', { selector: 'dd' });
  return within(screen.getByRole('region', { name: 'Case facts' }));
}

const patches = () => calls.filter((c) => c.method === 'PATCH');
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save case facts' }));

describe('the affected products editor', () => {
  it('shows the current list with the versions ticked', async () => {
    const panel = await showCase('case-manager');
    const forum = within(await panel.findByRole('group', { name: 'Affected versions of Forum' }));
    const later = await forum.findByRole<HTMLInputElement>('checkbox', { name: '2.1' });
    expect(later.checked).toBe(false);
    expect(forum.getByRole<HTMLInputElement>('checkbox', { name: '2.0' }).checked).toBe(true);
    expect(forum.getByRole<HTMLInputElement>('checkbox', { name: 'all versions' }).checked).toBe(
      false,
    );
    const mail = within(panel.getByRole('group', { name: 'Affected versions of Mail' }));
    await mail.findByText('online service (no versions)');
    expect(mail.queryAllByRole('checkbox')).toHaveLength(0);
  });

  it('sends the changed list whole', async () => {
    const panel = await showCase('case-manager');
    const forum = within(await panel.findByRole('group', { name: 'Affected versions of Forum' }));
    fireEvent.click(await forum.findByRole('checkbox', { name: '2.1' }));
    fireEvent.click(panel.getByRole('button', { name: 'Remove Mail' }));
    onApi(`PATCH /api/v1/reports/${ID}/case`, { status: 204 });
    save();
    await waitFor(() => expect(patches()).toHaveLength(1));
    expect(patches()[0]?.body).toEqual({
      affected: [
        { productId: 'p-forum', versionId: 'v1' },
        { productId: 'p-forum', versionId: 'v2' },
      ],
    });
  });

  it('adds a product from the catalogue by family, as all versions', async () => {
    const panel = await showCase('case-manager', { status: 'develop' });
    expect(panel.getByText('No affected products listed.')).toBeTruthy();
    const add = panel.getByRole('combobox', { name: 'Add an affected product' });
    await within(add).findByRole('option', { name: 'Forum' });
    expect(within(add).getByRole('group', { name: 'Web' })).toBeTruthy();
    fireEvent.change(add, { target: { value: 'p-forum' } });
    fireEvent.click(panel.getByRole('button', { name: 'Add' }));
    const forum = within(panel.getByRole('group', { name: 'Affected versions of Forum' }));
    expect(forum.getByRole<HTMLInputElement>('checkbox', { name: 'all versions' }).checked).toBe(
      true,
    );
    // A product already listed is not offered again.
    expect(within(add).queryByRole('option', { name: 'Forum' })).toBeNull();
    onApi(`PATCH /api/v1/reports/${ID}/case`, { status: 204 });
    save();
    await waitFor(() => expect(patches()).toHaveLength(1));
    expect(patches()[0]?.body).toEqual({ affected: [{ productId: 'p-forum' }] });
  });

  it('shows the server’s objection beside the entry it names', async () => {
    const panel = await showCase('case-manager');
    const forum = await panel.findByRole('group', { name: 'Affected versions of Forum' });
    fireEvent.click(await within(forum).findByRole('checkbox', { name: '2.1' }));
    onApi(`PATCH /api/v1/reports/${ID}/case`, {
      status: 400,
      body: problem(400, 'validation-failed', [
        { path: 'affected[1].versionId', message: 'is not a version of this product' },
      ]),
    });
    save();
    const objection = await panel.findByText('2.1: is not a version of this product', {
      selector: '.field-error',
    });
    expect(objection.closest('fieldset')).toBe(forum);
    expect(forum.getAttribute('aria-invalid')).toBe('true');
    const mail = panel.getByRole('group', { name: 'Affected versions of Mail' });
    expect(mail.getAttribute('aria-invalid')).toBeNull();
    const summary = within(panel.getByRole('alert'));
    expect(summary.getByRole('link', { name: 'Affected product Forum' })).toBeTruthy();
  });

  it('is a read-only list for an auditor', async () => {
    const panel = await showCase('auditor', {
      ...AFFECTED,
      affected: [
        ...AFFECTED.affected.slice(0, 1),
        { productId: 'p-forum', productName: 'Forum', versionId: 'v2', version: '2.1' },
        ...AFFECTED.affected.slice(1),
      ],
    });
    expect(await panel.findByText('Forum: 2.0, 2.1')).toBeTruthy();
    expect(await panel.findByText('Mail: online service (no versions)')).toBeTruthy();
    expect(panel.queryAllByRole('checkbox')).toHaveLength(0);
    expect(panel.queryByRole('button')).toBeNull();
  });
});

describe('affected rows and entries', () => {
  it('groups versions by product and sends whole products as one entry', () => {
    const rows = affectedRows([
      ...CASE.affected,
      { productId: 'a', productName: 'A', versionId: 'a1', version: '1' },
      { productId: 'b', productName: 'B', versionId: null, version: null },
      { productId: 'a', productName: 'A', versionId: 'a2', version: '2' },
    ]);
    expect(rows).toEqual([
      { productId: 'a', versionIds: ['a1', 'a2'] },
      { productId: 'b', versionIds: [] },
    ]);
    const entries = affectedEntries(rows);
    expect(entries).toEqual([
      { productId: 'a', versionId: 'a1' },
      { productId: 'a', versionId: 'a2' },
      { productId: 'b' },
    ]);
    expect(entryOfPath(entries, 'affected[2].productId')).toEqual({ productId: 'b' });
    expect(entryOfPath(entries, 'productId')).toBeUndefined();
  });
});
