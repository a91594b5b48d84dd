import { useTranslation } from 'react-i18next';
import { AttachmentPicker } from '../../../components/report/attachment-picker.js';
import { useReportForm } from './form-context.js';
import { ReportTextField } from './text-field.js';

export interface ReportFilesProps {
  files: readonly File[];
  onChange: (files: File[]) => void;
  maxFiles: number;
  maxMb: number;
  /** Files the restored draft had (drafts keep no files). */
  draftFileNames: readonly string[];
}

/** Step 4: the proof of concept as code, and files (scripts, screenshots, videos). */
export function ProofSection({ draftFileNames, ...picker }: ReportFilesProps) {
  const { t } = useTranslation();
  const { errorsAt } = useReportForm();
  const missingFromDraft = draftFileNames.filter((n) => !picker.files.some((f) => f.name === n));
  return (
    <>
      <ReportTextField field="proofOfConcept" rows={12} mono />
      <AttachmentPicker
        {...picker}
        label={t('report.attachments.label')}
        hint={t('report.attachments.hint', { max: picker.maxFiles, mb: picker.maxMb })}
        errorsAt={errorsAt}
      />
      {missingFromDraft.length > 0 && (
        <p className="panel notice-warn">
          {t('report.attachments.draftHad', { names: missingFromDraft.join(', ') })}
        </p>
      )}
    </>
  );
}
