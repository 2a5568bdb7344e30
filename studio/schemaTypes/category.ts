import { defineField, defineType } from 'sanity'
import { TagIcon } from '@sanity/icons/Tag'
import { slugField } from '../lib/slugField.ts'

export const category = defineType({
  name: 'category',
  title: 'Kategori',
  type: 'document',
  icon: TagIcon,
  description: 'Hva slags arrangement (konsert, teater, foredrag …). Felles for alle nettstedene.',
  fields: [
    defineField({ name: 'title', title: 'Navn', type: 'string', description: 'Entall og liten forbokstav, f.eks. «konsert».' }),
    slugField(),
  ],
  preview: { select: { title: 'title', subtitle: 'slug.current' } },
})
