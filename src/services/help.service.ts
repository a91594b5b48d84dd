/**
 * Where to go when the problem is not a vulnerability: the help destinations with the operator's
 * settings applied. Settings come from configuration and do not change while the process runs,
 * so each language is resolved once.
 */
import type { HelpLanguage } from '../domain/help/destinations.js';
import type { HelpOverrides } from '../domain/help/overrides.js';
import { resolveHelpDestinations, type HelpDestination } from '../domain/help/resolve.js';

export interface HelpServiceDeps {
  overrides: HelpOverrides;
  supportEmail: string;
}

export class HelpService {
  private readonly resolved = new Map<HelpLanguage, readonly HelpDestination[]>();

  constructor(private readonly deps: HelpServiceDeps) {}

  listDestinations(language: HelpLanguage): readonly HelpDestination[] {
    let list = this.resolved.get(language);
    if (list === undefined) {
      list = Object.freeze(
        resolveHelpDestinations(
          this.deps.overrides,
          { supportEmail: this.deps.supportEmail },
          language,
        ),
      );
      this.resolved.set(language, list);
    }
    return list;
  }
}
