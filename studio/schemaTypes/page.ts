import { defineField, defineType } from 'sanity';
import { DocumentIcon } from '@sanity/icons/Document';
import { documentLanguageField } from '../lib/languageField.ts';
import { slugField } from '../lib/slugField.ts';
import { siteField, referenceList } from '../lib/siteField.ts';
import { rulebookValidation } from '../validation/rulebook.ts';

export const page = defineType({
  name: 'page',
  title: 'Side',
  type: 'document',
  // Every brand and content rule, from the shared rulebook (shared/rules), shown on the field it concerns.
  validation: rulebookValidation(),
  icon: DocumentIcon,
  description: 'En fast side på nettstedet, f.eks. «Om oss» eller «Åpningstider».',
  fields: [
    defineField({ name: 'title', title: 'Tittel', type: 'string', description: 'Sidens overskrift.' }),
    slugField({
      description: 'Siste del av nettadressen. Trykk «Generer» for å lage den fra tittelen. Adressen «index» er forsidens innledning.',
    }),
    documentLanguageField(),
    defineField({ name: 'body', title: 'Tekst', type: 'portableText' }),
    referenceList({
      name: 'audiences',
      title: 'Målgrupper',
      to: 'audience',
      description: 'Hvem siden særlig er for. Brukes til å vise den på riktig inngang.',
    }),
    defineField({ name: 'seo', title: 'Søk og deling', type: 'seo' }),
    siteField(),
  ],
  preview: {
    select: { title: 'title', slug: 'slug.current', media: 'seo.shareImage' },
    prepare: ({ title, slug, media }) => ({
      title: title || 'Side uten tittel',
      subtitle: slug === 'index' ? 'Forsiden' : slug ? `/${slug}` : 'Adresse mangler',
      media,
    }),
  },
});
