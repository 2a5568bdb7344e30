import { defineField, defineType } from 'sanity';
import { imageWithAlt } from './imageWithAlt.ts';

export const seo = defineType({
  name: 'seo',
  title: 'Søk og deling',
  type: 'object',
  description: 'Slik ser siden ut i søkeresultater og når noen deler lenken.',
  fields: [
    defineField({
      name: 'description',
      title: 'Beskrivelse',
      type: 'text',
      rows: 3,
      description: 'Én eller to setninger som forteller hva siden handler om.',
    }),
    imageWithAlt({
      name: 'shareImage',
      title: 'Delingsbilde',
      description: 'Vises når lenken deles i sosiale medier. Minst 1200 piksler bredt.',
    }),
  ],
});
