import type { ReactNode } from 'react';
import type { ReportLanguage } from '../../../api/report-body.js';
import { AffectedSection } from './affected-section.js';
import { ContactSection } from './contact-section.js';
import { CvssSection } from './cvss-section.js';
import { DisclosureSection } from './disclosure-section.js';
import type { StepId } from './form-steps.js';
import { ImpactSection } from './impact-section.js';
import { IssueSection } from './issue-section.js';
import { ProofSection, type ReportFilesProps } from './proof-section.js';
import { ReproductionSection } from './reproduction-section.js';

export interface StepContentProps {
  step: StepId;
  pageLanguage: ReportLanguage;
  attachments: ReportFilesProps;
  /** The preview and sending step, which the form itself renders. */
  preview: ReactNode;
}

/** The controls of one step of the report form. */
export function StepContent({ step, pageLanguage, attachments, preview }: StepContentProps) {
  switch (step) {
    case 'issue':
      return <IssueSection />;
    case 'affected':
      return <AffectedSection />;
    case 'reproduction':
      return <ReproductionSection />;
    case 'proof':
      return <ProofSection {...attachments} />;
    case 'impact':
      return <ImpactSection />;
    case 'cvss':
      return <CvssSection />;
    case 'contact':
      return <ContactSection pageLanguage={pageLanguage} />;
    case 'disclosure':
      return <DisclosureSection />;
    case 'preview':
      return preview;
  }
}
