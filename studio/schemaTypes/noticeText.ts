import { defineArrayMember, defineType } from 'sanity';
import { textMarks } from '../lib/textMarks.ts';

/**
 * Short rich text for a notice (a callout): paragraphs, emphasis and links — so «se strømmen
 * på YouTube» is a real link, never Markdown typed into a text field.
 */
export const noticeText = defineType({
  name: 'noticeText',
  title: 'Tekst',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [{ title: 'Avsnitt', value: 'normal' }],
      lists: [],
      marks: textMarks,
    }),
  ],
});
