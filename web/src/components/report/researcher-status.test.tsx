import { cleanup, render } from '@testing-library/react';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { initI18n, LANGUAGES } from '../../i18n/index.js';
import {
  DISPOSITIONS,
  RESEARCHER_STATUSES,
  ResearcherStatusLabel,
  ResearcherStatusNext,
  type StatusProps,
} from './researcher-status.js';

const texts = (props: StatusProps): [string, string] => {
  const label = render(<ResearcherStatusLabel {...props} />).container.textContent ?? '';
  const next = render(<ResearcherStatusNext {...props} />).container.textContent ?? '';
  cleanup();
  return [label, next];
};

describe('researcher status texts', () => {
  afterEach(cleanup);
  afterAll(async () => {
    await initI18n().changeLanguage('en');
  });

  it.each(LANGUAGES)(
    'words every status and every disposition in %s, each differently',
    async (lng) => {
      await initI18n().changeLanguage(lng);
      const cases: StatusProps[] = [
        ...RESEARCHER_STATUSES.map((status) => ({ status })),
        ...DISPOSITIONS.map((disposition) => ({
          status: 'not-accepted' as const,
          outcome: { disposition, reason: null, helpDestination: null },
        })),
      ];
      const labels = new Set<string>();
      for (const props of cases) {
        const [label, next] = texts(props);
        expect(label).not.toMatch(/^status\./);
        expect(next).not.toMatch(/^status\./);
        expect(next.length).toBeGreaterThan(label.length);
        labels.add(label);
      }
      expect(labels.size).toBe(cases.length);
    },
  );

  it('names a rejection by its disposition, and says plainly what happened', async () => {
    await initI18n().changeLanguage('en');
    expect(
      texts({
        status: 'not-accepted',
        outcome: { disposition: 'not-a-vulnerability', reason: null, helpDestination: 'phishing' },
      })[0],
    ).toBe('Closed: not a vulnerability');
    expect(texts({ status: 'not-accepted', outcome: null })[0]).toBe('Closed: not accepted');
    // An outcome only matters for a rejection.
    expect(
      texts({
        status: 'in-review',
        outcome: { disposition: 'spam', reason: null, helpDestination: null },
      })[0],
    ).toBe('Under review');
  });
});
