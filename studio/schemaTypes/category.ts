import { defineField, defineType } from 'sanity';
import { TagIcon } from '@sanity/icons/Tag';
import { slugField } from '../lib/slugField.ts';
import { rulebookValidation } from '../validation/rulebook.ts';

export const category = defineType({
  name: 'category',
  title: 'Kategori',
  type: 'document',
  // Every brand and content rule, from the shared rulebook (shared/rules), shown on the field it concerns.
  validation: rulebookValidation(),
  icon: TagIcon,
  description: 'Hva slags arrangement (konsert, teater, foredrag …). Felles for alle nettstedene.',
  fields: [
    defineField({ name: 'title', title: 'Navn', type: 'string', description: 'Entall og liten forbokstav, f.eks. «konsert».' }),
    slugField(),
  ],
  preview: { select: { title: 'title', subtitle: 'slug.current' } },
});
