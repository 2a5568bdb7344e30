import { defineArrayMember, defineType } from 'sanity';
import { textBlock } from '../lib/textBlock.ts';
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
    textBlock,
    portableTextImage,
    defineArrayMember({ type: 'callout' }),
    defineArrayMember({ type: 'passage' }),
  ],
});
