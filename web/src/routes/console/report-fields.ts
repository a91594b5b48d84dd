import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isMemberOf } from '../../api/enum-members.js';
import { CREDIT_PREFERENCES, IMPACT_TYPES, REPORT_LANGUAGES } from '../../api/report-body.js';

/** Every field of the report as submitted, by its API field path (`affected.product`). */
export function reportFields(value: unknown, prefix = ''): [string, string][] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) {
    return value.every((v) => typeof v !== 'object' || v === null)
      ? [[prefix, value.map((v, i) => `${i + 1}. ${reportFields(v)[0]?.[1] ?? ''}`).join('\n')]]
      : value.flatMap((v, i) => reportFields(v, `${prefix}[${i}]`));
  }
  if (typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      reportFields(v, prefix === '' ? k : `${prefix}.${k}`),
    );
  }
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? [[prefix, String(value)]]
    : [];
}

/**
 * The words for a report's fields in the page's language, as the report form names them
 * (`report` texts): `label(path)` for a field path (the path itself for one the form does not
 * know), `value(path, text)` for the value, worded when the field is one of the API's choices
 * (impact type, credit, language) and as the researcher typed it otherwise.
 */
export function useReportFieldWords(): {
  label: (path: string) => string;
  value: (path: string, text: string) => string;
} {
  const { t, i18n } = useTranslation();
  const label = useCallback(
    (path: string) => {
      const key = `report.fields.${path.replace(/\[\d+\]/g, '')}.label`;
      return i18n.exists(key) ? t(key) : path;
    },
    [t, i18n],
  );
  const value = useCallback(
    (path: string, text: string) => {
      if (path === 'impact.type' && isMemberOf(IMPACT_TYPES, text)) {
        return t(`report.impactTypes.${text}`);
      }
      if (path === 'reporter.credit' && isMemberOf(CREDIT_PREFERENCES, text)) {
        return t(`report.credit.${text}`);
      }
      if (path === 'language' && isMemberOf(REPORT_LANGUAGES, text)) {
        return t(`common.language.${text}`);
      }
      return text;
    },
    [t],
  );
  return { label, value };
}
