import { useTranslation } from 'react-i18next';
import { ReportTextField } from './text-field.js';

/** Step 2: the affected product and version, or the online service's URL; the test system. */
export function AffectedSection() {
  const { t } = useTranslation();
  return (
    <>
      <fieldset className="group">
        <legend>{t('report.affected.legend')}</legend>
        <p className="hint">{t('report.affected.either')}</p>
        <div className="columns">
          <ReportTextField field="affected.product" />
          <ReportTextField field="affected.version" />
        </div>
        <ReportTextField field="affected.url" type="url" />
      </fieldset>
      <ReportTextField field="updatesInstalled" rows={3} />
      <ReportTextField field="configuration" rows={4} />
    </>
  );
}
