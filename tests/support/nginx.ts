/**
 * Debian's nginx for tests and the serving benchmark: installed with apt when missing (with
 * the brotli_static module), started in the foreground on a loopback port with the
 * configuration the build emits, stopped by its process id.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NGINX = '/usr/sbin/nginx';
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export function ensureNginx(): void {
  if (existsSync(NGINX) && existsSync(BROTLI_MODULE)) return;
  console.log('nginx or its brotli module is missing: installing Debian\'s nginx and libnginx-mod-http-brotli-static with apt-get…');
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (cmd: string[]) => execFileSync(asRoot[0] ?? cmd[0]!, asRoot.length ? cmd : cmd.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', 'nginx', 'libnginx-mod-http-brotli-static']);
}

/** A free loopback port (asked of the kernel, then released for the caller). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface RunningNginx {
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts nginx with `siteConfig` (what shared/serving/nginx.ts renders) in its http block. */
export async function startNginx(siteConfig: (port: number) => string | Promise<string>, options: { workers?: number } = {}): Promise<RunningNginx> {
  ensureNginx();
  const dir = mkdtempSync(join(tmpdir(), 'fasett-nginx-'));
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));
  const port = await freePort();
  writeFileSync(join(dir, 'fasett.conf'), await siteConfig(port));
  writeFileSync(
    join(dir, 'nginx.conf'),
    `load_module ${BROTLI_MODULE};
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes ${options.workers ?? 1};
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 100000;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/fasett.conf;
}
`,
  );
  const child = spawn(NGINX, ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: ['ignore', 'inherit', 'inherit'] });
  // Ready when it answers on its port.
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${readFileSync(join(dir, 'error.log'), 'utf8')}`);
    const up = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    port,
    process: child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        // QUIT: graceful, the workers finish what they send.
        child.kill('SIGQUIT');
      }),
  };
}
