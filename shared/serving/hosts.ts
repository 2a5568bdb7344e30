/**
 * Host names, one definition for the Node server (server/hosts.ts) and the nginx configuration
 * (shared/serving/nginx.ts): the names a site answers on, and the editors' host.
 */
import type { SiteConfig } from '../config/site.ts';

/** The host name of a Host header: lower case, no port, no trailing dot; IPv6 literals keep their brackets. */
export function hostnameOf(header: string | undefined): string {
  const host = (header ?? '').trim().toLowerCase();
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d*$/, '');
  return name.replace(/\.$/, '');
}

/** The names a site answers on. */
export function siteHostnames(config: Pick<SiteConfig, 'slug' | 'url'> & { hostnames?: readonly string[] }): string[] {
  return [...new Set([new URL(config.url).hostname.toLowerCase(), ...(config.hostnames ?? []), `${config.slug}.localhost`])];
}

/** FASETT_EDITOR_HOST (comma-separated for several), default `localhost`. */
export function editorHostsFrom(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.FASETT_EDITOR_HOST ?? 'localhost')
    .split(',')
    .map((name) => hostnameOf(name))
    .filter(Boolean);
}

