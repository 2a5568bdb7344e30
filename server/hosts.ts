/**
 * Which host a request is for. A site answers only on the host names its config gives (its
 * URL's, and `hostnames`) and on `<slug>.localhost` for local work; the editors' routes
 * (preview, publish webhook, status) and the list of sites answer only on the editor host
 * (FASETT_EDITOR_HOST, default `localhost`) — never on a public site's host. Any other
 * host gets 404, so a look-alike name (`bydelshus.evil.test`) serves nothing.
 */
import type { SiteConfig } from '../shared/config/site.ts';
import { editorHostsFrom, hostnameOf, siteHostnames } from '../shared/serving/hosts.ts';

export { editorHostsFrom, hostnameOf, siteHostnames };

export type HostTarget = { kind: 'site'; slug: string } | { kind: 'editor' } | { kind: 'unknown' };

export interface HostRoutes {
  route(hostHeader: string | undefined): HostTarget;
  /** Every host name of a site (config first, then <slug>.localhost). */
  namesOf(slug: string): string[];
  readonly editorHosts: readonly string[];
}

/** `localhost` also covers the loopback addresses the Node server is reached by on this machine. */
const withLoopback = (names: readonly string[]) => (names.includes('localhost') ? [...new Set([...names, '127.0.0.1', '[::1]'])] : [...names]);

export function hostRoutes(configs: ReadonlyArray<Pick<SiteConfig, 'slug' | 'url'> & { hostnames?: readonly string[] }>, editorHosts: readonly string[] = editorHostsFrom()): HostRoutes {
  const bySite = new Map<string, string>();
  const names = new Map<string, string[]>();
  for (const config of configs) {
    const hostnames = siteHostnames(config);
    names.set(config.slug, hostnames);
    for (const name of hostnames) {
      const taken = bySite.get(name);
      if (taken && taken !== config.slug) throw new Error(`The host name ${name} is given by two sites, ${taken} and ${config.slug}: sites/${config.slug}/site.config.ts must use another`);
      bySite.set(name, config.slug);
    }
  }
  const editors = new Set(withLoopback(editorHosts.map((name) => hostnameOf(name))));
  for (const name of editors) {
    const site = bySite.get(name);
    if (site) throw new Error(`FASETT_EDITOR_HOST ${name} is also a host name of ${site}: the editors' routes must never answer on a public site's host`);
  }
  return {
    route(header) {
      const name = hostnameOf(header);
      const slug = bySite.get(name);
      if (slug) return { kind: 'site', slug };
      return editors.has(name) ? { kind: 'editor' } : { kind: 'unknown' };
    },
    namesOf: (slug) => names.get(slug) ?? [],
    editorHosts: [...editors],
  };
}
