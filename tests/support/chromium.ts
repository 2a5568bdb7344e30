/**
 * Debian's Chromium for browser tests, through playwright-core (no browser download). The
 * test setup installs it with apt when it is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  console.log('Chromium is missing: installing Debian\'s chromium with apt-get…');
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (cmd: string[]) => execFileSync(asRoot[0] ?? cmd[0]!, asRoot.length ? cmd : cmd.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', 'chromium']);
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium but ${CHROMIUM} is not there`);
}

export async function launchChromium(): Promise<Browser> {
  ensureChromium();
  process.env.XDG_CONFIG_HOME ??= mkdtempSync(join(tmpdir(), 'fasett-chromium-'));
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Sites live at <slug>.localhost; make sure Chromium never asks DNS for them.
      '--host-resolver-rules=MAP *.localhost 127.0.0.1',
    ],
  });
}
