import { defineField, defineType } from 'sanity';
import { LaunchIcon } from '@sanity/icons/Launch';
import { sitesField, referenceList } from '../lib/siteField.ts';
import { rulebookValidation } from '../validation/rulebook.ts';
import { linkCheckedByRulebook } from '../lib/urlValidation.ts';

export const serviceLink = defineType({
  name: 'serviceLink',
  title: 'Tjenestelenke',
  type: 'document',
  // Every brand and content rule, from the shared rulebook (shared/rules), shown on the field it concerns.
  validation: rulebookValidation(),
  icon: LaunchIcon,
  description: 'En inngang til en av kommunens digitale tjenester, gruppert etter målgruppe.',
  fields: [
    defineField({
      name: 'title',
      title: 'Tittel',
      type: 'string',
      description: 'Det innbyggeren vil gjøre, f.eks. «Søk om barnehageplass».',
    }),
    defineField({
      name: 'url',
      title: 'Adresse',
      type: 'url',
      validation: linkCheckedByRulebook,
      description: 'Hel adresse til tjenesten (https://…).',
    }),
    defineField({
      name: 'description',
      title: 'Beskrivelse',
      type: 'text',
      rows: 2,
      description: 'Én setning om hva tjenesten er for.',
    }),
    referenceList({
      name: 'audiences',
      title: 'Målgrupper',
      to: 'audience',
      description: 'Gruppene lenken vises under.',
    }),
    sitesField({
      name: 'sites',
      title: 'Nettsteder',
      description: 'Hvor lenken vises. La listen stå tom for å vise den på alle nettstedene.',
    }),
  ],
  preview: { select: { title: 'title', subtitle: 'url' } },
});
