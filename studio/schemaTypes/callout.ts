import { defineField, defineType } from 'sanity';
import { InfoOutlineIcon } from '@sanity/icons/InfoOutline';
import { CALLOUT_TONES } from '../../shared/rules/vocabulary.ts';

const plainOf = (blocks: unknown) =>
  Array.isArray(blocks)
    ? blocks.map((b) => (Array.isArray(b?.children) ? b.children.map((c: { text?: string }) => c.text ?? '').join('') : '')).join(' ')
    : '';

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
      name: 'content',
      title: 'Tekst',
      type: 'noticeText',
      description: 'Lenker legger du inn med lenkeknappen, ikke som [tekst](adresse).',
    }),
    defineField({
      name: 'text',
      title: 'Tekst (uten formatering)',
      type: 'text',
      rows: 3,
      description: 'Eldre faktabokser har teksten her. Skriv nye i «Tekst» over, så kan du lage lenker.',
      hidden: ({ parent }) => !(parent as { text?: unknown } | undefined)?.text,
    }),
  ],
  preview: {
    select: { text: 'text', content: 'content', tone: 'tone' },
    prepare: ({ text, content, tone }) => ({
      title: plainOf(content) || (typeof text === 'string' && text) || 'Tom faktaboks',
      subtitle: tone === 'warning' ? 'Advarsel' : 'Informasjon',
    }),
  },
});
