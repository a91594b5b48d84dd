import { AttachmentPicker, type AttachmentPickerProps } from './attachment-picker.js';
import { ReportTextField } from './text-field.js';

/** Step 4: the proof of concept as code, and files (scripts, screenshots, videos). */
export function ProofSection(props: AttachmentPickerProps) {
  return (
    <>
      <ReportTextField field="proofOfConcept" rows={12} mono />
      <AttachmentPicker {...props} />
    </>
  );
}
