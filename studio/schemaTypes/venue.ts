import { defineField, defineType } from 'sanity';
import { PinIcon } from '@sanity/icons/Pin';
import { slugField } from '../lib/slugField.ts';
import { joinParts } from '../lib/preview.ts';
import { rulebookValidation } from '../validation/rulebook.ts';

export const venue = defineType({
  name: 'venue',
  title: 'Sted',
  type: 'document',
  // Every brand and content rule, from the shared rulebook (shared/rules), shown on the field it concerns.
  validation: rulebookValidation(),
  icon: PinIcon,
  description: 'Et sted der arrangementer holdes. Stedene er felles for alle nettstedene.',
  fields: [
    defineField({ name: 'name', title: 'Navn', type: 'string', description: 'F.eks. «Ibsenhuset, Store sal».' }),
    slugField({ source: 'name', description: 'Brukes i adresser og filtre. Trykk «Generer» for å lage den fra navnet.' }),
    defineField({ name: 'address', title: 'Adresse', type: 'address' }),
    defineField({
      name: 'geo',
      title: 'Kartposisjon',
      type: 'geopoint',
      description: 'Brukes til kartlenker. Breddegrad og lengdegrad, f.eks. 59.2096 og 9.6090 for Skien sentrum.',
    }),
    defineField({
      name: 'accessibility',
      title: 'Tilgjengelighet',
      type: 'text',
      rows: 3,
      description: 'Adkomst, heis, HC-parkering, teleslynge, toaletter – det som gjelder for stedet uansett arrangement.',
    }),
  ],
  preview: {
    select: { title: 'name', street: 'address.street', city: 'address.city' },
    prepare: ({ title, street, city }) => ({ title: title || 'Sted uten navn', subtitle: joinParts(street, city) }),
  },
});
