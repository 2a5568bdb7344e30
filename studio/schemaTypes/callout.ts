import { defineField, defineType } from 'sanity';
import { InfoOutlineIcon } from '@sanity/icons/InfoOutline';
import { CALLOUT_TONES } from '../../shared/rules/vocabulary.ts';

export const callout = defineType({
  name: 'callout',
  title: 'Faktaboks',
  type: 'object',
  icon: InfoOutlineIcon,
  description: 'En framhevet boks i teksten, f.eks. «Husk å melde deg på innen fredag».',
  fields: [
    defineField({
      name: 'tone',
      title: 'Type',
      type: 'string',
      options: { list: CALLOUT_TONES.map(({ title, value }) => ({ title, value })), layout: 'radio', direction: 'horizontal' },
      initialValue: 'info',
    }),
    defineField({
      name: 'text',
      title: 'Tekst',
      type: 'text',
      rows: 3,
    }),
  ],
  preview: {
    select: { text: 'text', tone: 'tone' },
    prepare: ({ text, tone }) => ({
      title: typeof text === 'string' && text ? text : 'Tom faktaboks',
      subtitle: tone === 'warning' ? 'Advarsel' : 'Informasjon',
    }),
  },
});
