import { defineField, defineType } from 'sanity';
import { DocumentTextIcon } from '@sanity/icons/DocumentText';
import { documentLanguageField } from '../lib/languageField.ts';
import { slugField } from '../lib/slugField.ts';
import { siteField } from '../lib/siteField.ts';
import { datetimeField } from '../lib/datetimeField.ts';
import { imageWithAlt } from './imageWithAlt.ts';
import { formatDate } from '../lib/preview.ts';
import { rulebookValidation } from '../validation/rulebook.ts';

export const article = defineType({
  name: 'article',
  title: 'Nyhet',
  type: 'document',
  // Every brand and content rule, from the shared rulebook (shared/rules), shown on the field it concerns.
  validation: rulebookValidation(),
  icon: DocumentTextIcon,
  description: 'En nyhetssak. Nyheter vises på nettstedet og i nyhetsstrømmen (RSS).',
  fields: [
    defineField({
      name: 'title',
      title: 'Tittel',
      type: 'string',
      description: 'Helst under 70 tegn, så den får plass på delingskort.',
    }),
    slugField(),
    datetimeField({
      name: 'publishedAt',
      title: 'Publiseringsdato',
      description: 'Datoen som vises på saken og bestemmer rekkefølgen i nyhetslisten.',
      initialValue: () => new Date().toISOString(),
    }),
    defineField({
      name: 'summary',
      title: 'Ingress',
      type: 'text',
      rows: 3,
      description: 'Én eller to setninger (høyst 200 tegn) som vises i lister og nyhetsstrømmen.',
    }),
    imageWithAlt({ name: 'image', title: 'Bilde', description: 'Helst minst 1200 piksler bredt.' }),
    defineField({ name: 'body', title: 'Tekst', type: 'portableText' }),
    documentLanguageField(),
    siteField(),
  ],
  orderings: [{ title: 'Nyeste først', name: 'publishedAtDesc', by: [{ field: 'publishedAt', direction: 'desc' }] }],
  preview: {
    select: { title: 'title', publishedAt: 'publishedAt', media: 'image' },
    prepare: ({ title, publishedAt, media }) => ({
      title: title || 'Nyhet uten tittel',
      subtitle: formatDate(publishedAt) ?? 'Ikke datert',
      media,
    }),
  },
});
