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
    defineField({
      name: 'title',
      title: 'Navn',
      type: 'string',
      description: 'Ett navn som brukes overalt: i filteret («Eldre»), på inngangen og i overskriften («For eldre»).',
    }),
    slugField(),
    defineField({
      name: 'description',
      title: 'Kort tekst til inngangen',
      type: 'text',
      rows: 2,
      description: 'Én setning under inngangen på forsiden og øverst på målgruppesiden, f.eks. «Møteplasser, kurs og tjenester for deg som er eldre.»',
    }),
  ],
  preview: { select: { title: 'title', subtitle: 'slug.current' } },
});
