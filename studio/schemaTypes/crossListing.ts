import { defineArrayMember, defineField, defineType } from 'sanity';
import { TransferIcon } from '@sanity/icons/Transfer';
import { siteField } from '../lib/siteField.ts';
import { rulebookValidation } from '../validation/rulebook.ts';

/**
 * A host site's answer to the events other sites cross-list to it (`alsoOn`): one document per
 * site (`crossListing.<slug>`), edited by that site's editors. An event shows on the host only
 * while it is listed here (shared/content/publication.ts); removing it withdraws it. The
 * references are weak, so the owner can still delete its event.
 */
export const crossListing = defineType({
  name: 'crossListing',
  title: 'Delt hit',
  type: 'document',
  validation: rulebookValidation(),
  icon: TransferIcon,
  description: 'Arrangementer andre nettsteder har delt til dette nettstedet, og som dette nettstedet har godtatt.',
  fields: [
    siteField(),
    defineField({
      name: 'accepted',
      title: 'Godtatte arrangementer',
      type: 'array',
      description:
        'Et arrangement et annet nettsted har delt hit («Vis også på»), vises her først når det står i denne listen og listen er publisert. Fjern det for å trekke det tilbake.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'event' }], weak: true, options: { disableNew: true } })],
    }),
  ],
  preview: { select: { title: 'site.title', count: 'accepted' }, prepare: ({ title, count }) => ({ title: `Delt hit – ${title ?? 'nettsted'}`, subtitle: `${Array.isArray(count) ? count.length : 0} godtatt` }) },
});
