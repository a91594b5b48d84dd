/**
 * The form's steps, one per part of the intake contract, and which step holds which field, so
 * an error or a missing item can take the researcher to the step and control it names.
 */
export const FORM_STEPS = [
  { id: 'issue', fields: ['title', 'issueType'] },
  { id: 'affected', fields: ['affected', 'updatesInstalled', 'configuration'] },
  { id: 'reproduction', fields: ['reproductionSteps'] },
  { id: 'proof', fields: ['proofOfConcept', 'attachments'] },
  { id: 'impact', fields: ['impact', 'analysis'] },
  { id: 'cvss', fields: ['cvss'] },
  { id: 'contact', fields: ['reporter', 'language'] },
  { id: 'disclosure', fields: ['disclosure'] },
  { id: 'preview', fields: [] },
] as const;

export type StepId = (typeof FORM_STEPS)[number]['id'];
export const PREVIEW_STEP = FORM_STEPS.length - 1;

/** The step holding a field path; the preview step for paths no control owns (`(body)`). */
export function stepOfPath(path: string): number {
  const index = FORM_STEPS.findIndex((step) =>
    step.fields.some(
      (f: string) => path === f || path.startsWith(`${f}.`) || path.startsWith(`${f}[`),
    ),
  );
  return index === -1 ? PREVIEW_STEP : index;
}

/** Paths naming a group rather than one control, and the control that answers for them. */
const GROUP_CONTROL: Readonly<Record<string, string>> = {
  issueType: 'issueType.cwe',
  affected: 'affected.product',
  reproductionSteps: 'reproductionSteps[0]',
  impact: 'impact.description',
  reporter: 'reporter.email',
  disclosure: 'disclosure.plannedDate',
};

/** The `name` of the control to focus for a path (`attachments[1]` → `attachments`). */
export function controlNameOf(path: string): string {
  if (/^attachments(\[\d+\])?$/.test(path)) return 'attachments';
  return GROUP_CONTROL[path] ?? path;
}

/**
 * The paths whose errors are shown beside a control, e.g. `issueType` beside the CWE picker.
 * The steps list shows its own group errors, above the steps.
 */
export function pathsShownAt(name: string): string[] {
  const groups = Object.entries(GROUP_CONTROL)
    .filter(([group, control]) => control === name && group !== 'reproductionSteps')
    .map(([group]) => group);
  return [name, ...groups];
}
