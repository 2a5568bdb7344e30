import { defineArrayMember } from 'sanity';
import { textMarks } from './textMarks.ts';

/**
 * The paragraph block of rich text: paragraphs, two heading levels, quotes, two kinds of list and
 * the text marks. One definition for the text itself and for a passage in another language inside it,
 * so both offer the same styles.
 */
export const textBlock = defineArrayMember({
  type: 'block',
  styles: [
    { title: 'Avsnitt', value: 'normal' },
    { title: 'Overskrift 2', value: 'h2' },
    { title: 'Overskrift 3', value: 'h3' },
    { title: 'Sitat', value: 'blockquote' },
  ],
  lists: [
    { title: 'Punktliste', value: 'bullet' },
    { title: 'Nummerert liste', value: 'number' },
  ],
  marks: textMarks,
});
