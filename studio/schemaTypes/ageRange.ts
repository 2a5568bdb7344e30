import { defineField, defineType } from 'sanity';

export const ageRange = defineType({
  name: 'ageRange',
  title: 'Alder',
  type: 'object',
  description: 'La feltene stå tomme når arrangementet passer for alle aldre.',
  fields: [
    defineField({ name: 'min', title: 'Fra alder', type: 'number', description: 'Yngste alder, i år.' }),
    defineField({ name: 'max', title: 'Til alder', type: 'number', description: 'Eldste alder, i år.' }),
  ],
});
