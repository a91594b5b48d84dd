import { useTranslation } from 'react-i18next';

export type SlaState = 'breached' | 'at-risk' | 'running' | 'paused' | 'idle';

/** A report's SLA state in words (the colour only repeats what the text says). */
export function SlaBadge({ state }: { state: SlaState }) {
  const { t } = useTranslation();
  return <span className={`badge sla-${state}`}>{t(`console.sla.${state}`)}</span>;
}
