import { defineArrayMember, defineField, defineType } from 'sanity';
import { HomeIcon } from '@sanity/icons/Home';
import { slugField } from '../lib/slugField.ts';
import { imageWithAlt } from './imageWithAlt.ts';
import { rulebookValidation } from '../validation/rulebook.ts';

export const site = defineType({
  name: 'site',
  title: 'Nettsted',
  type: 'document',
  // Every brand and content rule, from the shared rulebook (shared/rules), shown on the field it concerns.
  validation: rulebookValidation(),
  icon: HomeIcon,
  description: 'Innstillinger for ett nettsted: navn, meny, kontaktinformasjon og delingsbilde.',
  fields: [
    defineField({ name: 'title', title: 'Navn', type: 'string', description: 'Nettstedets navn, f.eks. «Ibsenbiblioteket».' }),
    slugField({
      description: 'Nettstedets kortnavn. Må være likt mappenavnet under sites/ i koden og endres ikke etter lansering.',
    }),
    defineField({
      name: 'tagline',
      title: 'Slagord',
      type: 'string',
      description: 'Én kort linje under navnet, f.eks. «Kultur for alle i bydelen».',
    }),
    defineField({
      name: 'navigation',
      title: 'Hovedmeny',
      type: 'array',
      description: 'Menypunktene øverst på nettstedet, i rekkefølgen de skal vises. Dra for å endre rekkefølgen.',
      of: [defineArrayMember({ type: 'navItem' })],
    }),
    defineField({ name: 'contact', title: 'Kontakt', type: 'contact' }),
    defineField({
      name: 'social',
      title: 'Sosiale medier',
      type: 'array',
      description: 'Lenker til nettstedets profiler, vist i bunnen av hver side.',
      of: [defineArrayMember({ type: 'socialLink' })],
    }),
    imageWithAlt({
      name: 'shareImage',
      title: 'Standard delingsbilde',
      description: 'Brukes når en side uten eget bilde deles. Minst 1200 piksler bredt.',
    }),
  ],
  preview: {
    select: { title: 'title', subtitle: 'tagline', media: 'shareImage' },
  },
});
