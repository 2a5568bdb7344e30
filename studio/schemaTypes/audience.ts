import { defineField, defineType } from 'sanity';
import { UsersIcon } from '@sanity/icons/Users';
import { slugField } from '../lib/slugField.ts';
import { rulebookValidation } from '../validation/rulebook.ts';

export const audience = defineType({
  name: 'audience',
  title: 'Målgruppe',
  type: 'document',
  // Every brand and content rule, from the shared rulebook (shared/rules), shown on the field it concerns.
  validation: rulebookValidation(),
  icon: UsersIcon,
  description: 'Hvem innholdet er for (unge, foresatte, voksne, eldre, barn, nye innbyggere, næringsliv). Felles for alle nettstedene.',
  fields: [
    defineField({ name: 'title', title: 'Navn', type: 'string', description: 'Slik besøkende ser det i filteret, f.eks. «Unge».' }),
    slugField(),
  ],
  preview: { select: { title: 'title', subtitle: 'slug.current' } },
});
