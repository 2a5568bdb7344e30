import { defineArrayMember, defineField } from 'sanity';

/**
 * An image with hotspot and the two accessibility fields every image carries: `alt`
 * and `decorative`. Stored with `_type: "image"` (as the content model and Sanity's
 * export format say), so it is a field factory rather than a named type.
 */
const accessibilityFields = [
  defineField({
    name: 'alt',
    title: 'Alternativ tekst',
    type: 'string',
    description:
      'Beskriv hva bildet viser for dem som ikke ser det (skjermleser, treg nettforbindelse). Kort og konkret, f.eks. «Barn som maler på store ark i kafeen». Kan stå tom bare når bildet er markert som dekorativt.',
  }),
  defineField({
    name: 'decorative',
    title: 'Dekorativt bilde',
    type: 'boolean',
    description: 'Kryss av bare når bildet er pynt uten innhold. Da hopper skjermlesere over det, og alternativ tekst trengs ikke.',
    initialValue: false,
  }),
];

interface ImageFieldOptions {
  name: string;
  title: string;
  description?: string;
  group?: string | string[];
}

export function imageWithAlt({ name, title, description, group }: ImageFieldOptions) {
  return defineField({
    name,
    title,
    type: 'image',
    group,
    description,
    options: { hotspot: true },
    fields: accessibilityFields,
  });
}

/** The same image as a Portable Text block. */
export const portableTextImage = defineArrayMember({
  name: 'image',
  title: 'Bilde',
  type: 'image',
  options: { hotspot: true },
  fields: accessibilityFields,
});
