const REPLACEMENTS: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', é: 'e', è: 'e', ü: 'u', ö: 'o', ä: 'a' };

/** A URL-safe slug from a Norwegian title: lower case, æ→ae ø→o å→a, words joined by hyphens. */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/[æøåéèüöä]/g, (ch) => REPLACEMENTS[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/-{2,}/g, '-');
}

export function slugField(current: string): { _type: 'slug'; current: string } {
  return { _type: 'slug', current };
}
