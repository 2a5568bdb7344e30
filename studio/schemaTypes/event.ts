import { defineArrayMember, defineField, defineType } from 'sanity';
import { CalendarIcon } from '@sanity/icons/Calendar';
import { EVENT_STATUSES, titleOf } from '../../shared/rules/vocabulary.ts';
import { documentLanguageField } from '../lib/languageField.ts';
import { slugField } from '../lib/slugField.ts';
import { siteField, sitesField, referenceList } from '../lib/siteField.ts';
import { datetimeField } from '../lib/datetimeField.ts';
import { imageWithAlt } from './imageWithAlt.ts';
import { formatDateTime, joinParts } from '../lib/preview.ts';
import { rulebookValidation } from '../validation/rulebook.ts';
import { linkCheckedByRulebook } from '../lib/urlValidation.ts';

export const event = defineType({
  name: 'event',
  title: 'Arrangement',
  type: 'document',
  // Every brand and content rule, from the shared rulebook (shared/rules), shown on the field it concerns.
  validation: rulebookValidation(),
  icon: CalendarIcon,
  groups: [
    { name: 'content', title: 'Innhold', default: true },
    { name: 'when', title: 'Tid og sted' },
    { name: 'practical', title: 'Praktisk' },
    { name: 'publishing', title: 'Publisering' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Tittel',
      type: 'string',
      group: 'content',
      description:
        'Det publikum skal kjenne igjen, f.eks. «Jazzkveld med Skien storband». Helst under 70 tegn, så den får plass på delingskort.',
    }),
    slugField({ group: 'content' }),
    documentLanguageField('content'),
    defineField({
      name: 'summary',
      title: 'Kort beskrivelse',
      type: 'text',
      rows: 3,
      group: 'content',
      description: 'Én eller to setninger (høyst 200 tegn) som vises i lister, nyhetsstrømmer og på delingskort.',
    }),
    imageWithAlt({
      name: 'image',
      title: 'Bilde',
      group: 'content',
      description: 'Brukes på arrangementssiden og delingskort. Helst minst 1200 piksler bredt.',
    }),
    defineField({
      name: 'body',
      title: 'Mer om arrangementet',
      type: 'portableText',
      group: 'content',
      description: 'Program, medvirkende og alt annet publikum bør vite.',
    }),
    datetimeField({
      name: 'startsAt',
      title: 'Starter',
      group: 'when',
      description: 'Dato og klokkeslett arrangementet begynner (norsk tid).',
    }),
    datetimeField({
      name: 'endsAt',
      title: 'Slutter',
      group: 'when',
      description: 'Når arrangementet er ferdig. Kan ikke være før start.',
    }),
    defineField({
      name: 'venue',
      title: 'Sted',
      type: 'reference',
      to: [{ type: 'venue' }],
      group: 'when',
      description: 'Velg et sted fra fellesregisteret. Finnes det ikke, kan det opprettes i «Felles».',
    }),
    defineField({
      name: 'status',
      title: 'Status',
      type: 'string',
      group: 'when',
      description:
        'Endre hvis arrangementet blir avlyst, utsatt, utsolgt eller flyttet. Statusen vises tydelig for publikum og i kalendere.',
      options: { list: EVENT_STATUSES.map(({ title, value }) => ({ title, value })), layout: 'dropdown' },
      initialValue: 'scheduled',
    }),
    defineField({
      name: 'changes',
      title: 'Endringer',
      type: 'array',
      group: 'when',
      description:
        'Legg til én linje hver gang tid eller status endres (avlyst, utsatt, ny dato, flyttet til nett). Kalenderne til publikum oppdaterer arrangementet bare når det står en ny linje her. Ved ny dato: skriv den gamle starttiden i linjen, så vises den overstreket.',
      of: [defineArrayMember({ type: 'eventChange' })],
    }),
    defineField({
      name: 'streamUrl',
      title: 'Lenke til strømmen',
      type: 'url',
      validation: linkCheckedByRulebook,
      group: 'when',
      description:
        'For arrangementer på nett, eller som også strømmes: hel https-adresse til sendingen (YouTube, Vimeo, Teams …). Publikum får en «Se strømmen»-knapp.',
    }),
    referenceList({
      name: 'categories',
      title: 'Kategorier',
      to: 'category',
      group: 'practical',
      description: 'Hva slags arrangement det er (konsert, teater, foredrag …). Brukes i filteret på arrangementssiden.',
    }),
    referenceList({
      name: 'audiences',
      title: 'Målgrupper',
      to: 'audience',
      group: 'practical',
      description: 'Hvem arrangementet er for. Den viktigste målgruppen først.',
    }),
    defineField({ name: 'price', title: 'Pris', type: 'price', group: 'practical', initialValue: { free: true } }),
    defineField({
      name: 'ticketUrl',
      title: 'Billettlenke',
      type: 'url',
      validation: linkCheckedByRulebook,
      group: 'practical',
      description: 'Hel adresse (https://…) til billettsalg eller påmelding.',
    }),
    defineField({ name: 'accessibility', title: 'Tilgjengelighet', type: 'accessibility', group: 'practical' }),
    defineField({ name: 'ageRange', title: 'Alder', type: 'ageRange', group: 'practical' }),
    siteField('publishing'),
    sitesField({
      name: 'alsoOn',
      title: 'Vis også på',
      group: 'publishing',
      description: 'Andre nettsteder som også skal vise arrangementet. Eiernettstedet trenger du ikke velge.',
    }),
  ],
  orderings: [
    { title: 'Startdato, tidligste først', name: 'startsAtAsc', by: [{ field: 'startsAt', direction: 'asc' }] },
    { title: 'Startdato, seneste først', name: 'startsAtDesc', by: [{ field: 'startsAt', direction: 'desc' }] },
  ],
  preview: {
    select: { title: 'title', startsAt: 'startsAt', status: 'status', venue: 'venue.name', media: 'image' },
    prepare: ({ title, startsAt, status, venue, media }) => ({
      title: title || 'Arrangement uten tittel',
      subtitle: joinParts(
        formatDateTime(startsAt) ?? 'Dato mangler',
        venue,
        status && status !== 'scheduled' ? titleOf(EVENT_STATUSES, status)?.toUpperCase() : undefined,
      ),
      media,
    }),
  },
});
