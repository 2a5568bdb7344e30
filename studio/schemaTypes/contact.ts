import { defineField, defineType } from 'sanity';

export const contact = defineType({
  name: 'contact',
  title: 'Kontakt',
  type: 'object',
  fields: [
    defineField({ name: 'email', title: 'E-post', type: 'string', description: 'F.eks. «post@skien.kommune.no».' }),
    defineField({ name: 'phone', title: 'Telefon', type: 'string', description: 'Med landskode om mulig, f.eks. «+47 35 58 10 00».' }),
    defineField({ name: 'address', title: 'Besøksadresse', type: 'address' }),
  ],
});
