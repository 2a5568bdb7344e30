import { defineField, defineType } from 'sanity';
import { MenuIcon } from '@sanity/icons/Menu';
import { linkCheckedByRulebook } from '../lib/urlValidation.ts';

export const navItem = defineType({
  name: 'navItem',
  title: 'Menypunkt',
  type: 'object',
  icon: MenuIcon,
  description: 'Velg enten en side på nettstedet eller skriv en adresse. Er begge fylt ut, brukes siden.',
  fields: [
    defineField({
      name: 'label',
      title: 'Tekst i menyen',
      type: 'string',
      description: 'Kort, helst ett eller to ord, f.eks. «Om oss».',
    }),
    defineField({
      name: 'page',
      title: 'Side',
      type: 'reference',
      to: [{ type: 'page' }],
      description: 'En side på dette nettstedet.',
      options: { disableNew: true },
    }),
    defineField({
      name: 'url',
      title: 'Eller adresse',
      type: 'url',
      validation: linkCheckedByRulebook,
      description: 'En hel adresse (https://…, mailto:… eller tel:…), for lenker ut av nettstedet.',
    }),
  ],
  preview: {
    select: { label: 'label', page: 'page.title', url: 'url' },
    prepare: ({ label, page, url }) => ({
      title: label || 'Menypunkt uten tekst',
      subtitle: page ? `Side: ${page}` : url || 'Mangler mål',
    }),
  },
});
