import { defineField, defineType } from 'sanity';
import { imageWithAlt } from './imageWithAlt.ts';

export const hero = defineType({
  name: 'hero',
  title: 'Toppfelt',
  type: 'object',
  description: 'Det første besøkende ser: stor overskrift, undertekst og bilde.',
  fields: [
    defineField({ name: 'heading', title: 'Overskrift', type: 'string', description: 'Kort og slagkraftig.' }),
    defineField({ name: 'subheading', title: 'Undertekst', type: 'string', description: 'Én setning om hva kampanjen handler om.' }),
    imageWithAlt({
      name: 'image',
      title: 'Bilde',
      description: 'Minst 1200 piksler bredt, liggende format. Sett fokuspunkt så bildet beskjæres riktig på mobil.',
    }),
  ],
});
