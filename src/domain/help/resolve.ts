/** The help destinations as shown: the defaults with the operator's settings applied. */
import {
  DESTINATION_DEFAULTS,
  HELP_DESTINATION_IDS,
  type DefaultTarget,
  type HelpDestinationId,
  type HelpGroup,
  type HelpLanguage,
} from './destinations.js';
import type { DestinationOverride, HelpOverrides } from './overrides.js';

export type HelpTarget = { kind: 'url'; url: string } | { kind: 'email'; email: string };

export interface HelpDestination {
  id: HelpDestinationId;
  group: HelpGroup;
  title: string;
  text: string;
  target: HelpTarget;
}

export interface HelpContext {
  /** Where destinations without a page of their own send people by default. */
  supportEmail: string;
}

export function resolveHelpDestinations(
  overrides: HelpOverrides,
  context: HelpContext,
  language: HelpLanguage,
): HelpDestination[] {
  return HELP_DESTINATION_IDS.flatMap((id) => {
    const defaults = DESTINATION_DEFAULTS[id];
    const override: DestinationOverride = overrides[id] ?? {};
    if (override.hidden === true) return [];
    return [
      {
        id,
        group: defaults.group,
        title: (override.title ?? defaults.title)[language],
        text: (override.text ?? defaults.text)[language],
        target: targetOf(override, defaults.target, context),
      },
    ];
  });
}

function targetOf(
  override: DestinationOverride,
  fallback: DefaultTarget,
  context: HelpContext,
): HelpTarget {
  if (override.url !== undefined) return { kind: 'url', url: override.url };
  if (override.email !== undefined) return { kind: 'email', email: override.email };
  switch (fallback.kind) {
    case 'path':
      return { kind: 'url', url: fallback.path };
    case 'support-email':
      return { kind: 'email', email: context.supportEmail };
  }
}
