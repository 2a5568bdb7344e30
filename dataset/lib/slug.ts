// Slugs are made by the same function the Studio uses (æ→ae, ø→o, å→a), so generated and
// edited documents agree.
export { slugify } from '../../shared/rules/slugify.ts';

export function slugField(current: string): { _type: 'slug'; current: string } {
  return { _type: 'slug', current };
}
