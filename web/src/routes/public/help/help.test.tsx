import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../i18n/index.js';
import { Help } from '../help.js';

const asked = vi.hoisted(() => [] as string[]);
vi.mock('../../../api/client.js', () => ({
  api: {
    GET: (path: string, init?: { params?: { query?: { lang?: string } } }) => {
      asked.push(`${path}?lang=${init?.params?.query?.lang ?? ''}`);
      if (path !== '/api/v1/help/destinations') return Promise.resolve({ data: undefined });
      return Promise.resolve({
        data: {
          language: 'en',
          items: [
            {
              id: 'sign-in',
              group: 'account-sign-in',
              title: 'I cannot sign in',
              text: 'Reset your password.',
              url: 'https://support.contoso.com/sign-in',
            },
            {
              id: 'update-install',
              group: 'updates',
              title: 'An update will not install',
              text: 'Restart and try again.',
              email: 'support@contoso.com',
            },
            {
              id: 'update-info',
              group: 'updates',
              title: 'Technical information',
              text: 'See the guide.',
              url: '/guide',
            },
          ],
        },
      });
    },
  },
}));

function renderAt(url: string) {
  const router = createMemoryRouter([{ path: '/help', element: <Help /> }], {
    initialEntries: [url],
  });
  render(<RouterProvider router={router} />);
  return router;
}

const topic = (name: string) => screen.getByRole('button', { name: new RegExp(name) });

describe('the help page', { timeout: 20_000 }, () => {
  beforeAll(async () => {
    await initI18n().changeLanguage('en');
  });
  afterEach(cleanup);

  it('offers the five topics, none chosen, and the way to report a vulnerability', () => {
    renderAt('/help');
    const buttons = document.querySelectorAll('.help-topic');
    expect(buttons).toHaveLength(5);
    for (const b of buttons) expect(b.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('link', { name: 'Report a vulnerability' }).getAttribute('href')).toBe(
      '/report',
    );
    expect(document.querySelector('.help-result')).toBeNull();
  });

  it('shows the destinations of the chosen topic, moves the focus there, keeps it in the address', async () => {
    const router = renderAt('/help');
    act(() => topic('Security updates').click());
    const heading = await screen.findByRole('heading', {
      name: 'Security updates: where to get help',
    });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(topic('Security updates').getAttribute('aria-pressed')).toBe('true');
    expect(router.state.location.search).toBe('?topic=updates');
    const titles = [...document.querySelectorAll('.help-destination h3')].map((h) => h.textContent);
    expect(titles).toEqual(['An update will not install', 'Technical information']);
    // An e-mail address is shown as it is; a page of this site is an ordinary link.
    const mail = screen.getByRole('link', { name: /support@contoso\.com/ });
    expect(mail.getAttribute('href')).toBe('mailto:support@contoso.com');
    expect(screen.getByRole('link', { name: /Open the page/ }).getAttribute('href')).toBe('/guide');
    expect(asked).toContain('/api/v1/help/destinations?lang=en');
  });

  it('opens on the topic named in the address, without taking the focus', async () => {
    renderAt('/help?topic=account-sign-in');
    const link = await screen.findByRole('link', { name: /Go to support\.contoso\.com/ });
    expect(link.getAttribute('href')).toBe('https://support.contoso.com/sign-in');
    expect(link.getAttribute('target')).toBeNull();
    expect(document.activeElement).toBe(document.body);
  });
});
