import { defineField, defineType } from 'sanity';
import { BellIcon } from '@sanity/icons/Bell';
import { ALERT_SEVERITIES, titleOf } from '../../shared/rules/vocabulary.ts';
import { sitesField } from '../lib/siteField.ts';
import { datetimeField } from '../lib/datetimeField.ts';
import { formatPeriod, joinParts } from '../lib/preview.ts';
import { rulebookValidation } from '../validation/rulebook.ts';
import { linkCheckedByRulebook } from '../lib/urlValidation.ts';

export const alert = defineType({
  name: 'alert',
  title: 'Varsel',
  type: 'document',
  // Every brand and content rule, from the shared rulebook (shared/rules), shown on the field it concerns.
  validation: rulebookValidation(),
  icon: BellIcon,
  description: 'Beredskaps- og driftsmeldinger som vises øverst på nettstedene mens de gjelder.',
  fields: [
    defineField({
      name: 'title',
      title: 'Overskrift',
      type: 'string',
      description: 'Kort og tydelig, f.eks. «Biblioteket er stengt i dag».',
    }),
    defineField({
      name: 'message',
      title: 'Melding',
      type: 'text',
      rows: 3,
      description: 'Hva har skjedd, hva betyr det for besøkende, og hva skal de gjøre.',
    }),
    defineField({
      name: 'severity',
      title: 'Alvorlighet',
      type: 'string',
      description: 'Kritisk brukes bare ved beredskap, fare eller stengte tjenester.',
      options: { list: ALERT_SEVERITIES.map(({ title, value }) => ({ title, value })), layout: 'radio' },
      initialValue: 'info',
    }),
    sitesField({
      name: 'sites',
      title: 'Nettsteder',
      description: 'Hvor varselet vises. La listen stå tom for å vise det på alle nettstedene.',
    }),
    datetimeField({ name: 'startsAt', title: 'Vises fra', description: 'Tom betyr fra nå.' }),
    datetimeField({ name: 'endsAt', title: 'Vises til', description: 'Tom betyr til du fjerner det. Kan ikke være før start.' }),
    defineField({
      name: 'link',
      title: 'Les mer-lenke',
      type: 'url',
      validation: linkCheckedByRulebook,
      description: 'Hel adresse (https://…) til mer informasjon.',
    }),
  ],
  preview: {
    select: { title: 'title', severity: 'severity', startsAt: 'startsAt', endsAt: 'endsAt' },
    prepare: ({ title, severity, startsAt, endsAt }) => ({
      title: title || 'Varsel uten overskrift',
      subtitle: joinParts(titleOf(ALERT_SEVERITIES, severity), formatPeriod(startsAt, endsAt)),
    }),
  },
});
