import { defineField, defineType } from 'sanity';
import { ShareIcon } from '@sanity/icons/Share';
import { linkCheckedByRulebook } from '../lib/urlValidation.ts';

export const socialLink = defineType({
  name: 'socialLink',
  title: 'Sosialt medium',
  type: 'object',
  icon: ShareIcon,
  fields: [
    defineField({
      name: 'platform',
      title: 'Tjeneste',
      type: 'string',
      description: 'Navnet på tjenesten med små bokstaver, f.eks. facebook, instagram, tiktok eller youtube.',
    }),
    defineField({
      name: 'url',
      title: 'Adresse',
      type: 'url',
      validation: linkCheckedByRulebook,
      description: 'Hel adresse til profilen, f.eks. https://www.instagram.com/…',
    }),
  ],
  preview: {
    select: { title: 'platform', subtitle: 'url' },
  },
});
