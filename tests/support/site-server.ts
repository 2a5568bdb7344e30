/** Starts the Fasett server on a free loopback port for one browser test file. */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { loadAllSiteConfigs } from '../../shared/config/site.ts';
import { createFasettServer } from '../../server/app.ts';
import { hostRoutes } from '../../server/hosts.ts';
import { distDir } from '../../scripts/lib/build-sites.ts';

export async function startSiteServer(): Promise<{ server: Server; port: number; url: (site: string, path?: string) => string; close: () => Promise<void> }> {
  const configs = await loadAllSiteConfigs();
  const sites = configs.map((config) => config.slug);
  let port = 0;
  const server = createFasettServer({ distDir, sites: () => sites, hosts: hostRoutes(configs, ['localhost']), port: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: (site, path = '/') => `http://${site}.localhost:${port}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
