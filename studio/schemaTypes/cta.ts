import { defineField, defineType } from 'sanity';
import { linkCheckedByRulebook } from '../lib/urlValidation.ts';

export const cta = defineType({
  name: 'cta',
  title: 'Handlingsknapp',
  type: 'object',
  description: 'Knappen som ber besøkende gjøre noe, f.eks. «Kjøp billett» eller «Meld deg på».',
  fields: [
    defineField({ name: 'label', title: 'Tekst på knappen', type: 'string', description: 'Et verb først, f.eks. «Se programmet».' }),
    defineField({
      name: 'url',
      title: 'Adresse',
      type: 'url',
      validation: linkCheckedByRulebook,
      description: 'Hel adresse som begynner med https://, eller mailto: / tel:.',
    }),
  ],
});
