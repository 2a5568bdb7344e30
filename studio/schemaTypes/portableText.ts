import { defineArrayMember, defineType } from 'sanity';
import { textMarks } from '../lib/textMarks.ts';
import { portableTextImage } from './imageWithAlt.ts';

/**
 * Rich text used by events, campaigns, pages and articles: paragraphs, a few headings,
 * lists, external and internal links, images, callouts and passages in another language. Deliberately small, so every
 * site's typography can style all of it.
 */
export const portableText = defineType({
  name: 'portableText',
  title: 'Tekst',
  type: 'array',
  of: [
    defineArrayMember({
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
    }),
    portableTextImage,
    defineArrayMember({ type: 'callout' }),
    defineArrayMember({ type: 'passage' }),
  ],
});
