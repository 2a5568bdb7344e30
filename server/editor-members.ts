/**
 * Where each editor may publish — kept on the server, in a file only whoever runs Fasett can
 * change (FASETT_EDITORS, JSON), never in the dataset: an editor who can write drafts could
 * otherwise write themselves a membership. Keyed by Sanity user id (what `/users/me` says),
 * which an editor cannot choose, unlike a name or an e-mail address shown in the Studio.
 *
 *   { "central": ["pCentral1"], "sites": { "appelsinia": ["pAbc123"], "ibsenbiblioteket": ["pDef456"] } }
 *
 * The file is read again when it changes, so adding an editor needs no restart.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Publisher } from '../shared/publishing/permission.ts';

export interface Members {
  /** The editor's rights; an unknown user may publish nowhere. */
  publisherFor(user: { id: string; name?: string }): Publisher;
  readonly file: string | undefined;
}

interface MembersFile {
  central?: string[];
  sites?: Record<string, string[]>;
}

/** Reads and checks the file: a site Fasett does not build, or a list that is not user ids, is an error naming it. */
export function parseMembers(text: string, sites: readonly string[], file = 'FASETT_EDITORS'): MembersFile {
  const value = JSON.parse(text) as unknown;
  const isIds = (list: unknown): list is string[] => Array.isArray(list) && list.every((id) => typeof id === 'string' && id.length > 0);
  if (!value || typeof value !== 'object') throw new Error(`${file}: expected {"central": [...], "sites": {...}}`);
  const { central, sites: bySite } = value as MembersFile;
  if (central !== undefined && !isIds(central)) throw new Error(`${file}: "central" must be a list of Sanity user ids`);
  for (const [slug, ids] of Object.entries(bySite ?? {})) {
    if (!sites.includes(slug)) throw new Error(`${file}: "sites.${slug}" is not a site Fasett builds (${sites.join(', ')})`);
    if (!isIds(ids)) throw new Error(`${file}: "sites.${slug}" must be a list of Sanity user ids`);
  }
  return { central: central ?? [], sites: bySite ?? {} };
}

export function editorMembers(file: string | undefined, sites: readonly string[]): Members {
  let cached: { stamp: string; members: MembersFile } | undefined;
  const current = (): MembersFile => {
    if (!file || !existsSync(file)) return { central: [], sites: {} };
    const stat = statSync(file);
    const stamp = `${stat.mtimeMs}:${stat.size}`;
    if (cached?.stamp !== stamp) cached = { stamp, members: parseMembers(readFileSync(file, 'utf8'), sites, file) };
    return cached.members;
  };
  if (file) current(); // a broken file stops the server at start, not at the first publish
  return {
    file,
    publisherFor(user) {
      const members = current();
      return {
        id: user.id,
        name: user.name,
        central: (members.central ?? []).includes(user.id),
        sites: Object.entries(members.sites ?? {}).filter(([, ids]) => ids.includes(user.id)).map(([slug]) => slug).sort(),
      };
    },
  };
}
