import { defineField, defineType } from 'sanity';

export const address = defineType({
  name: 'address',
  title: 'Adresse',
  type: 'object',
  fields: [
    defineField({ name: 'street', title: 'Gateadresse', type: 'string', description: 'F.eks. «Henrik Ibsens gate 2».' }),
    defineField({ name: 'postalCode', title: 'Postnummer', type: 'string', description: 'Fire siffer, f.eks. 3724.' }),
    defineField({ name: 'city', title: 'Poststed', type: 'string', initialValue: 'Skien' }),
  ],
});
