/** The published id behind a draft ("drafts.x") or release version ("versions.r1.x"). */
export function publishedId(id: string): string {
  return id.replace(/^drafts\./, '').replace(/^versions\.[^.]+\./, '');
}
