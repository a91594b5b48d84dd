// The fake API must be installed before the client module starts.
import { calls, onApi, problem } from '../account/fake-api.js';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadSession } from '../../api/session.js';
import { changedFacts, factsOf } from './case-facts.js';
import { field, fill, loadConsoleTexts, showConsole, showIn } from './console-test-kit.js';
import { CASE, ID, serveReportPage } from './report-page-fixtures.js';
import type { CaseView } from './use-case-file.js';

beforeAll(loadConsoleTexts);
afterEach(cleanup);

const DEVELOP = {
  status: 'develop',
  caseNumber: 'CASE-2026-00003',
  productId: 'p-forum',
  fixReleaseDate: '2026-06-09',
  allowedTransitions: ['pre-release', 'rejected'],
  missingFacts: [{ to: 'pre-release', fields: ['cvdDate'] }],
};

async function showCase(kase: Record<string, unknown>) {
  serveReportPage('case-manager', kase);
  await act(() => loadSession(true));
  showConsole(`/console/reports/${ID}`);
  await screen.findByRole('button', { name: 'Save case facts' });
  return within(screen.getByRole('region', { name: 'Case facts' }));
}

const patches = () => calls.filter((c) => c.method === 'PATCH');
const productChoices = () => within(field('productId') as HTMLElement);

describe('the case facts form', () => {
  it('starts from the case, offers the catalogue by family with versions', async () => {
    const panel = await showCase(DEVELOP);
    await productChoices().findByRole('option', { name: 'Forum' });
    expect(field('productId')?.value).toBe('p-forum');
    expect(field('fixReleaseDate')?.value).toBe('2026-06-09');
    expect(field('cvdDate')?.value).toBe('');
    expect((field('fixReleased') as HTMLInputElement).checked).toBe(false);
    expect(productChoices().getByRole('group', { name: 'Web' })).toBeTruthy();
    // A retired product is offered only to a case that names it.
    expect(panel.queryByRole('option', { name: /Old Forum/ })).toBeNull();
    expect(
      panel.getByText('Versions in the catalogue: 2.0 (supported until 2026-12-31), 2.1.'),
    ).toBeTruthy();
    fill('productId', 'p-mail');
    expect(panel.getByText('The catalogue lists no versions of this product.')).toBeTruthy();
  });

  it('names the state the dates are needed for as the state is named, in both languages', async () => {
    const panel = await showCase(DEVELOP);
    expect(
      panel.getByText('When the fix is planned to ship. Needed before the move to Pre-release.'),
    ).toBeTruthy();
    cleanup();
    serveReportPage('case-manager', DEVELOP);
    await showIn('ja');
    try {
      showConsole(`/console/reports/${ID}`);
      expect(
        await screen.findByText('修正を出荷する予定の日。「リリース準備中」に移す前に必要です。'),
      ).toBeTruthy();
      expect(
        screen.getByText('報告者と合意した一般公開の日。「リリース準備中」に移す前に必要です。'),
      ).toBeTruthy();
      expect(screen.queryByText(/プレリリース/)).toBeNull();
    } finally {
      await showIn('en');
    }
  });

  it('sends only what changed, then shows the case as the server has it', async () => {
    const panel = await showCase(DEVELOP);
    onApi(`PATCH /api/v1/reports/${ID}/case`, { status: 204 });
    fill('cvdDate', '2026-06-10');
    fireEvent.click(panel.getByRole('checkbox', { name: 'Advisory published' }));
    fill('fixReleaseDate', '');
    onApi(`GET /api/v1/reports/${ID}/case`, {
      status: 200,
      body: {
        ...CASE,
        ...DEVELOP,
        fixReleaseDate: null,
        cvdDate: '2026-06-10',
        advisoryPublishedAt: '2026-03-01T12:00:00.000Z',
        missingFacts: [{ to: 'pre-release', fields: ['fixReleaseDate'] }],
      },
    });
    fireEvent.click(panel.getByRole('button', { name: 'Save case facts' }));
    expect(await panel.findByText('Case facts saved.')).toBeTruthy();
    expect(patches().map((c) => c.body)).toEqual([
      { fixReleaseDate: null, cvdDate: '2026-06-10', advisoryPublished: true },
    ]);
    await waitFor(() => expect(field('cvdDate')?.value).toBe('2026-06-10'));
    expect(field('fixReleaseDate')?.value).toBe('');
    expect(panel.getByText(/^\(since/)).toBeTruthy();
  });

  it('asks nothing of the server when nothing changed', async () => {
    const panel = await showCase(DEVELOP);
    fireEvent.click(panel.getByRole('button', { name: 'Save case facts' }));
    expect(panel.getByText('Nothing has changed, so nothing was saved.')).toBeTruthy();
    expect(patches()).toHaveLength(0);
  });

  it('shows the server’s objections beside the fields they name', async () => {
    const panel = await showCase(DEVELOP);
    onApi(`PATCH /api/v1/reports/${ID}/case`, {
      status: 400,
      body: problem(400, 'validation-failed', [
        { path: 'productId', message: 'is not in the product catalogue' },
        { path: 'fixReleased', message: 'cannot be undone once announced' },
      ]),
    });
    await productChoices().findByRole('option', { name: 'Mail' });
    fill('productId', 'p-mail');
    fireEvent.click(panel.getByRole('checkbox', { name: 'Fix released' }));
    fireEvent.click(panel.getByRole('button', { name: 'Save case facts' }));
    const problemText = await panel.findByText('is not in the product catalogue', {
      selector: '.field-error',
    });
    expect(problemText.closest('.field')?.querySelector('[name="productId"]')).toBeTruthy();
    expect(field('productId')?.getAttribute('aria-invalid')).toBe('true');
    expect(field('fixReleased')?.getAttribute('aria-invalid')).toBe('true');
    expect(
      panel.getByText('cannot be undone once announced', { selector: '.field-error' }).closest('p')
        ?.textContent,
    ).toMatch(/Fix released/);
    const summary = panel.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Product' })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: 'Fix released' })).toBeTruthy();
    expect(panel.queryByText('Case facts saved.')).toBeNull();
  });
});

describe('a move that waits for case facts', () => {
  it('says which facts are missing and points to them in the form', async () => {
    await showCase(DEVELOP);
    fireEvent.click(screen.getByRole('button', { name: 'Move to: Pre-release' }));
    const dialog = within(screen.getByRole('region', { name: 'Move to: Pre-release' }));
    expect(
      dialog.getByText('Before the report can move to Pre-release, set these case facts:'),
    ).toBeTruthy();
    const links = dialog.getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(['Agreed disclosure date']);
    fireEvent.click(links[0] as HTMLElement);
    expect(document.activeElement).toBe(field('cvdDate'));
    // A move without requirements says nothing of the kind.
    fireEvent.click(screen.getByRole('button', { name: 'Move to: Rejected' }));
    expect(screen.queryByText(/set these case facts/)).toBeNull();
  });

  it('names the fact the server says is missing, with a link to it', async () => {
    // The page was loaded before someone else cleared the date.
    await showCase({ ...DEVELOP, cvdDate: '2026-06-10', missingFacts: [] });
    onApi(`POST /api/v1/reports/${ID}/transitions`, {
      status: 409,
      body: problem(409, 'illegal-transition', [
        { path: 'fixReleaseDate', message: 'set the planned release date of the fix' },
      ]),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Move to: Pre-release' }));
    const dialog = within(screen.getByRole('region', { name: 'Move to: Pre-release' }));
    expect(dialog.queryByText(/set these case facts/)).toBeNull();
    fireEvent.click(dialog.getByRole('button', { name: 'Move to: Pre-release' }));
    const link = await dialog.findByRole('link', { name: 'Planned fix release date' });
    expect(link.closest('li')?.textContent).toMatch(/set the planned release date of the fix/);
    // The link leads to the control of the case facts form that sets it.
    const target = document.getElementById(link.getAttribute('href')?.slice(1) ?? '');
    expect(target).toBe(field('fixReleaseDate'));
    expect(target?.closest('#case-facts')).toBeTruthy();
  });
});

describe('the request body', () => {
  const view = { ...CASE, ...DEVELOP } as unknown as CaseView;

  it('is empty when nothing changed and carries null for an emptied field', () => {
    const before = factsOf(view);
    expect(changedFacts(before, before)).toEqual({});
    expect(changedFacts(before, { ...before, productId: '', fixReleased: true })).toEqual({
      productId: null,
      fixReleased: true,
    });
    expect(changedFacts(before, { ...before, cvdDate: ' 2026-07-01 ' })).toEqual({
      cvdDate: '2026-07-01',
    });
  });
});
