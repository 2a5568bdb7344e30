import { defineField, defineType } from 'sanity';

export const price = defineType({
  name: 'price',
  title: 'Pris',
  type: 'object',
  options: { collapsible: false },
  fields: [
    defineField({
      name: 'free',
      title: 'Gratis',
      type: 'boolean',
      description: 'Kryss av når arrangementet er gratis. Ellers må du fylle inn beløp.',
      initialValue: true,
    }),
    defineField({
      name: 'amount',
      title: 'Beløp (kr)',
      type: 'number',
      description: 'Ordinær pris i norske kroner, uten «kr». Bruk merknaden for rabatter.',
      hidden: ({ parent }) => (parent as { free?: unknown } | undefined)?.free === true,
    }),
    defineField({
      name: 'note',
      title: 'Merknad',
      type: 'string',
      description: 'F.eks. «Barn under 12 år gratis» eller «Betal med Vipps i døra».',
    }),
  ],
});
