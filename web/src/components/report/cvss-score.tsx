import { useTranslation } from 'react-i18next';
import type { CvssScoreState } from './use-cvss-score.js';

const SEVERITIES = ['none', 'low', 'medium', 'high', 'critical'];

/** The live score, announced politely; its box keeps its height while the score loads. */
export function CvssScore({ state }: { state: CvssScoreState }) {
  const { t } = useTranslation();
  let text: string;
  switch (state.status) {
    case 'empty':
      text = t('report.cvss.scoreEmpty');
      break;
    case 'loading':
      text = t('report.cvss.scoreLoading');
      break;
    case 'scored': {
      const severity = SEVERITIES.includes(state.severity)
        ? t(`report.cvss.severity.${state.severity}`)
        : state.severity;
      text = t('report.cvss.score', {
        version: state.version,
        score: state.score.toFixed(1),
        severity,
      });
      break;
    }
    case 'invalid':
      text = t('report.cvss.scoreInvalid');
      break;
    case 'unavailable':
      text = t('report.cvss.scoreUnavailable');
      break;
  }
  return (
    <p
      className={`cvss-score panel${state.status === 'scored' ? ` severity-${state.severity}` : ''}`}
      role="status"
      aria-busy={state.status === 'loading'}
    >
      {text}
    </p>
  );
}
