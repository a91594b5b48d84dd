import { ReportTextField } from './text-field.js';

/** Today as YYYY-MM-DD in the researcher's time zone (the earliest sensible disclosure date). */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Step 8: the planned public disclosure date and notes about disclosure. */
export function DisclosureSection() {
  return (
    <>
      <ReportTextField field="disclosure.plannedDate" type="date" min={today()} />
      <ReportTextField field="disclosure.notes" rows={4} />
    </>
  );
}
