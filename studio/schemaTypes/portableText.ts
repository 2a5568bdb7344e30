import { defineArrayMember, defineField, defineType } from 'sanity';
import { LinkIcon } from '@sanity/icons/Link';
import { DocumentIcon } from '@sanity/icons/Document';
import { portableTextImage } from './imageWithAlt.ts';
import { linkCheckedByRulebook } from '../lib/urlValidation.ts';

/**
 * Rich text used by events, campaigns, pages and articles: paragraphs, a few headings,
 * lists, external and internal links, images and callouts. Deliberately small, so every
 * site's typography can style all of it.
 */
export const portableText = defineType({
  name: 'portableText',
  title: 'Tekst',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: 'Avsnitt', value: 'normal' },
        { title: 'Overskrift 2', value: 'h2' },
        { title: 'Overskrift 3', value: 'h3' },
        { title: 'Sitat', value: 'blockquote' },
      ],
      lists: [
        { title: 'Punktliste', value: 'bullet' },
        { title: 'Nummerert liste', value: 'number' },
      ],
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
                description: 'Velg en side, et arrangement, en nyhet eller en kampanje. Lenken følger med om adressen endres.',
                to: [{ type: 'page' }, { type: 'event' }, { type: 'article' }, { type: 'campaign' }],
              },
            ],
          },
        ],
      },
    }),
    portableTextImage,
    defineArrayMember({ type: 'callout' }),
  ],
});
