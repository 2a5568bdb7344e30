import { defineField, defineType } from 'sanity';

export const accessibility = defineType({
  name: 'accessibility',
  title: 'Tilgjengelighet',
  type: 'object',
  description: 'Fortell hva som er lagt til rette, så alle kan vite om de kan komme.',
  fields: [
    defineField({ name: 'wheelchair', title: 'Tilgjengelig med rullestol', type: 'boolean' }),
    defineField({ name: 'hearingLoop', title: 'Teleslynge', type: 'boolean' }),
    defineField({ name: 'signLanguage', title: 'Tegnspråktolk', type: 'boolean' }),
    defineField({
      name: 'note',
      title: 'Merknad',
      type: 'string',
      description: 'F.eks. «Heis fra bakgården» eller «Stillerom i 2. etasje».',
    }),
  ],
});
