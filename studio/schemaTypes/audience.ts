import { defineField, defineType } from 'sanity'
import { UsersIcon } from '@sanity/icons/Users'
import { slugField } from '../lib/slugField.ts'

export const audience = defineType({
  name: 'audience',
  title: 'Målgruppe',
  type: 'document',
  icon: UsersIcon,
  description: 'Hvem innholdet er for (unge, foresatte, voksne, eldre, barn, nye innbyggere, næringsliv). Felles for alle nettstedene.',
  fields: [
    defineField({ name: 'title', title: 'Navn', type: 'string', description: 'Slik besøkende ser det i filteret, f.eks. «Unge».' }),
    slugField(),
  ],
  preview: { select: { title: 'title', subtitle: 'slug.current' } },
})
