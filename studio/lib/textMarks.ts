/**
 * The marks every rich text in the Studio offers: emphasis, a checked link (the rulebook's
 * scheme rule), an internal link that follows its target when the address changes, and a
 * word or phrase in another language (marked with `lang` on the page, WCAG 3.1.2).
 */
import { defineField } from 'sanity';
import { LinkIcon } from '@sanity/icons/Link';
import { DocumentIcon } from '@sanity/icons/Document';
import { TranslateIcon } from '@sanity/icons/Translate';
import { linkCheckedByRulebook } from './urlValidation.ts';
import { languageOptions } from './languageField.ts';

export const textMarks = {
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
    {
      name: 'lang',
      title: 'Annet språk',
      type: 'object',
      icon: TranslateIcon,
      fields: [
        defineField({
          name: 'language',
          title: 'Språk',
          type: 'string',
          description: 'Språket de merkede ordene er på, f.eks. «Buorre beaivi» på nordsamisk. Skjermlesere bytter uttale for dem.',
          options: languageOptions,
        }),
      ],
    },
  ],
};
