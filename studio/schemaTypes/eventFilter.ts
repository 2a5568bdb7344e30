import { defineArrayMember, defineField, defineType } from 'sanity';

export const eventFilter = defineType({
  name: 'eventFilter',
  title: 'Arrangementer som hentes automatisk',
  type: 'object',
  description: 'Kommende arrangementer på nettstedet som har en av disse kategoriene eller målgruppene, vises etter de du har valgt over.',
  fields: [
    defineField({
      name: 'categories',
      title: 'Kategorier',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'category' }] })],
    }),
    defineField({
      name: 'audiences',
      title: 'Målgrupper',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'audience' }] })],
    }),
  ],
});
