import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** The label of the field an API path names, for error lists (`reporter.email` → "E-mail address"). */
export function useFieldLabel(files: readonly File[]): (path: string) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (path: string) => {
      const step = /^reproductionSteps\[(\d+)\]$/.exec(path);
      if (step !== null) return t('report.steps.stepN', { n: Number(step[1]) + 1 });
      const file = /^attachments\[(\d+)\]$/.exec(path);
      if (file !== null) return files[Number(file[1])]?.name ?? t('report.attachments.label');
      if (path === 'attachments') return t('report.attachments.label');
      const key = `report.fields.${path}.label`;
      return i18n.exists(key) ? t(key) : path;
    },
    [t, i18n, files],
  );
}
