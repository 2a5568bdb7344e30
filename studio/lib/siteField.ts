import { defineArrayMember, defineField } from 'sanity';

/** The owning site of an event, page, campaign or article. Set automatically in a site's workspace. */
export function siteField(group?: string) {
  return defineField({
    name: 'site',
    title: 'Nettsted',
    type: 'reference',
    to: [{ type: 'site' }],
    group,
    description: 'Nettstedet som eier dokumentet. Settes automatisk når du oppretter det fra nettstedets arbeidsområde.',
    options: { disableNew: true },
  });
}

/** A list of sites, e.g. where an alert or service link is shown. */
export function sitesField({ name, title, description, group }: { name: string; title: string; description: string; group?: string }) {
  return defineField({
    name,
    title,
    type: 'array',
    group,
    description,
    of: [defineArrayMember({ type: 'reference', to: [{ type: 'site' }], options: { disableNew: true } })],
  });
}

export function referenceList({
  name,
  title,
  description,
  to,
  group,
}: {
  name: string;
  title: string;
  description: string;
  to: string;
  group?: string;
}) {
  return defineField({
    name,
    title,
    type: 'array',
    group,
    description,
    of: [defineArrayMember({ type: 'reference', to: [{ type: to }] })],
  });
}
