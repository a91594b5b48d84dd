/** The public help destinations: where to go when the problem is not a vulnerability. */
import { Type } from 'typebox';
import {
  HELP_DESTINATION_IDS,
  HELP_GROUPS,
  HELP_LANGUAGES,
} from '../../../domain/help/destinations.js';

export const HelpDestinationsQuery = Type.Object({
  lang: Type.Optional(
    Type.Enum(HELP_LANGUAGES, {
      description: 'Language of the titles and texts: "en" (default) or "ja".',
      default: 'en',
    }),
  ),
});

export const HelpDestinationView = Type.Object({
  id: Type.Enum(HELP_DESTINATION_IDS, { description: 'Stable id of the destination.' }),
  group: Type.Enum(HELP_GROUPS, {
    description: 'The kind of problem it belongs to, for a guided choice.',
  }),
  title: Type.String({ description: 'The problem, in the words of the person who has it.' }),
  text: Type.String({ description: 'What to do about it.' }),
  url: Type.Optional(
    Type.String({
      description:
        'Where to go: an http(s) URL, or a path on this site starting with "/". Absent when `email` is given.',
    }),
  ),
  email: Type.Optional(
    Type.String({
      description: 'Whom to write to instead of a page. Absent when `url` is given.',
    }),
  ),
});

export const HelpDestinationsView = Type.Object({
  language: Type.Enum(HELP_LANGUAGES, { description: 'Language of the titles and texts.' }),
  items: Type.Array(HelpDestinationView, {
    description: 'The destinations the operator offers, grouped, in the order to show them.',
  }),
});
