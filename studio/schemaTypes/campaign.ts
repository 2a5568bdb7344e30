import { defineArrayMember, defineField, defineType } from 'sanity';
import { RocketIcon } from '@sanity/icons/Rocket';
import { documentLanguageField } from '../lib/languageField.ts';
import { slugField } from '../lib/slugField.ts';
import { siteField } from '../lib/siteField.ts';
import { datetimeField } from '../lib/datetimeField.ts';
import { formatPeriod, joinParts } from '../lib/preview.ts';
import { rulebookValidation } from '../validation/rulebook.ts';
import { AccentInput } from '../components/AccentInput.ts';

export const campaign = defineType({
  name: 'campaign',
  title: 'Kampanje',
  type: 'document',
  // Every brand and content rule, from the shared rulebook (shared/rules), shown on the field it concerns.
  validation: rulebookValidation(),
  icon: RocketIcon,
  description: 'En landingsside for en festival, sesong eller arrangementsserie.',
  groups: [
    { name: 'content', title: 'Innhold', default: true },
    { name: 'events', title: 'Arrangementer' },
    { name: 'sharing', title: 'Deling' },
    { name: 'publishing', title: 'Publisering' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Tittel',
      type: 'string',
      group: 'content',
      description: 'Kampanjens navn, f.eks. «Sommer i Skien». Helst under 70 tegn, så den får plass på delingskort.',
    }),
    slugField({ group: 'content' }),
    documentLanguageField('content'),
    defineField({ name: 'hero', title: 'Toppfelt', type: 'hero', group: 'content' }),
    defineField({
      name: 'accent',
      title: 'Aksentfarge',
      type: 'string',
      group: 'content',
      description: 'Velg en av aksentfargene i nettstedets tema. Bare temaets farger er lov, så kontrasten alltid er god nok.',
      components: { input: AccentInput },
    }),
    defineField({ name: 'body', title: 'Tekst', type: 'portableText', group: 'content' }),
    defineField({ name: 'cta', title: 'Handlingsknapp', type: 'cta', group: 'content' }),
    defineField({
      name: 'events',
      title: 'Utvalgte arrangementer',
      type: 'array',
      group: 'events',
      description: 'Vises først, i denne rekkefølgen. Dra for å endre rekkefølgen.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'event' }] })],
    }),
    defineField({ name: 'eventFilter', title: 'Hent også arrangementer med', type: 'eventFilter', group: 'events' }),
    defineField({
      name: 'shareText',
      title: 'Tekst til sosiale medier',
      type: 'text',
      rows: 4,
      group: 'sharing',
      description: 'Ferdig tekst som kan limes inn i et innlegg.',
    }),
    defineField({
      name: 'hashtags',
      title: 'Emneknagger',
      type: 'array',
      group: 'sharing',
      description: 'Uten #, f.eks. «sommeriskien».',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
    }),
    defineField({
      name: 'programmeStartsOn',
      title: 'Første programdag',
      type: 'date',
      group: 'events',
      options: { dateFormat: 'DD.MM.YYYY' },
      description: 'Første dag i festivalen eller sesongen. Vises på kampanjesiden og delingskortet, og automatisk hentede arrangementer må være innenfor programdagene.',
    }),
    defineField({
      name: 'programmeEndsOn',
      title: 'Siste programdag',
      type: 'date',
      group: 'events',
      options: { dateFormat: 'DD.MM.YYYY' },
      description: 'Siste dag i festivalen eller sesongen. Uten programdager brukes publiseringsperioden.',
    }),
    datetimeField({
      name: 'startsAt',
      title: 'Publiseres fra',
      group: 'publishing',
      description:
        'Før dette er kampanjen ikke offentlig: ingen side, ikke i søk, nyhetsstrøm eller nettstedskart. Du kan forhåndsvise den. Kan godt være lenge før programmet starter.',
    }),
    datetimeField({
      name: 'endsAt',
      title: 'Fremheves til',
      group: 'publishing',
      description: 'Etter dette er kampanjen arkivert: siden sier at den er over. Kan ikke være før «Publiseres fra».',
    }),
    siteField('publishing'),
  ],
  preview: {
    select: { title: 'title', startsAt: 'startsAt', endsAt: 'endsAt', accent: 'accent', media: 'hero.image' },
    prepare: ({ title, startsAt, endsAt, accent, media }) => ({
      title: title || 'Kampanje uten tittel',
      subtitle: joinParts(formatPeriod(startsAt, endsAt), accent ? `aksent: ${accent}` : undefined),
      media,
    }),
  },
});
