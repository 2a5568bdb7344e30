import { defineField, defineType } from 'sanity';
import { TranslateIcon } from '@sanity/icons/Translate';
import { LANGUAGES } from '../../shared/rules/languages.ts';
import { languageOptions } from '../lib/languageField.ts';
import { textBlock } from '../lib/textBlock.ts';

const plainOf = (blocks: unknown) =>
  Array.isArray(blocks)
    ? blocks.map((b) => (Array.isArray(b?.children) ? b.children.map((c: { text?: string }) => c.text ?? '').join('') : '')).join(' ')
    : '';

/**
 * A passage in another language than the text around it (a greeting in Northern Sami, a
 * paragraph in English): whole paragraphs, headings and lists, each marked with the language
 * on the page so screen readers switch voice (WCAG 3.1.2).
 */
export const passage = defineType({
  name: 'passage',
  title: 'Tekst på et annet språk',
  type: 'object',
  icon: TranslateIcon,
  description: 'Ett eller flere avsnitt på et annet språk enn resten av teksten, f.eks. en hilsen på nordsamisk.',
  fields: [
    defineField({
      name: 'language',
      title: 'Språk',
      type: 'string',
      description: 'Språket avsnittene er skrevet på. Skjermlesere bytter uttale etter dette.',
      options: languageOptions,
    }),
    defineField({
      name: 'content',
      title: 'Tekst',
      type: 'array',
      of: [
        textBlock,
      ],
    }),
  ],
  preview: {
    select: { language: 'language', content: 'content' },
    prepare: ({ language, content }) => ({
      title: plainOf(content) || 'Tom tekst',
      subtitle: LANGUAGES.find((l) => l.value === language)?.title ?? 'Språk ikke valgt',
    }),
  },
});
