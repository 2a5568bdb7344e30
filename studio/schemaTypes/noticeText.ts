import { defineArrayMember, defineField, defineType } from 'sanity';
import { LinkIcon } from '@sanity/icons/Link';
import { DocumentIcon } from '@sanity/icons/Document';
import { linkCheckedByRulebook } from '../lib/urlValidation.ts';

/**
 * Short rich text for a notice (a callout): paragraphs, emphasis and links — so «se strømmen
 * på YouTube» is a real link, never Markdown typed into a text field.
 */
export const noticeText = defineType({
  name: 'noticeText',
  title: 'Tekst',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [{ title: 'Avsnitt', value: 'normal' }],
      lists: [],
      marks: {
        decorators: [
          { title: 'Uthevet', value: 'strong' },
          { title: 'Kursiv', value: 'em' },
        ],
        annotations: [
          {
            name: 'link',
            title: 'Lenke',
            type: 'object',
            icon: LinkIcon,
            fields: [
              defineField({
                name: 'href',
                title: 'Adresse',
                type: 'url',
                validation: linkCheckedByRulebook,
                description: 'En hel adresse som begynner med https://, eller mailto: for e-post og tel: for telefon.',
              }),
            ],
          },
          {
            name: 'internalLink',
            title: 'Lenke til side på nettstedet',
            type: 'object',
            icon: DocumentIcon,
            fields: [
              {
                name: 'reference',
                title: 'Lenker til',
                type: 'reference',
                to: [{ type: 'page' }, { type: 'event' }, { type: 'article' }, { type: 'campaign' }],
              },
            ],
          },
        ],
      },
    }),
  ],
});
