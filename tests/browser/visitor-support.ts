/**
 * Shared by the visitor and accessibility browser tests: every page type of a site (found
 * from the site's own data, so a cancelled event or one without image is a real one), a
 * browser page whose clock is the build's pinned "now", and what JavaScript a built page loads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { siteData } from '../../shared/content/site-data.ts';
import { campaignPhase } from '../../shared/site/campaign-programme.ts';
import { paths } from '../../shared/site/paths.ts';
import { distDir } from '../../scripts/lib/build-sites.ts';

// Run alone, a test file sees the same clock as the build the runner made.
process.env.FASETT_NOW ??= '2026-12-01T12:00:00+01:00';
export const NOW = new Date(process.env.FASETT_NOW);

export const siteDir = (slug: string) => join(distDir(), slug);

export interface PageType {
  name: string;
  path: string;
}

/** One page of every type the site has, named for a failure message. */
export async function pageTypes(slug: string): Promise<PageType[]> {
  const data = await siteData(slug);
  const out: PageType[] = [
    { name: 'forside', path: paths.home() },
    { name: 'arrangementsliste', path: paths.events() },
  ];
  const add = (name: string, path: string | undefined) => path && out.push({ name, path });
  const category = data.upcoming.flatMap((e) => e.categories ?? [])[0]?.slug;
  add('filtrert liste (kategori)', category ? paths.category(category) : undefined);
  add('filtrert liste (i dag)', '/arrangementer/i-dag/');
  add('filtrert liste (kombinasjon, i nettleseren)', `/arrangementer/?kategori=${category}&gratis=ja`);
  add('tom liste', '/arrangementer/?fra=2031-01-01&til=2031-01-02');
  add('side 2 av listen', existsSync(join(siteDir(slug), 'arrangementer/side/2/index.html')) ? paths.eventsPage(2) : undefined);
  const normal = data.upcoming.find((e) => !e.status || e.status === 'scheduled');
  add('arrangement', normal?.slug ? paths.event(normal.slug) : undefined);
  const cancelled = data.events.find((e) => e.status === 'cancelled');
  add('avlyst arrangement', cancelled?.slug ? paths.event(cancelled.slug) : undefined);
  const bare = data.events.find((e) => !e.image?.asset || !e.venue);
  add('arrangement uten bilde eller sted', bare?.slug ? paths.event(bare.slug) : undefined);
  // Language marking (WCAG 3.1.1/3.1.2): an event in another language than the site's, and text with a passage in one.
  const foreign = data.upcoming.find((e) => e.language && e.language !== data.config.locale);
  add('arrangement på et annet språk', foreign?.slug ? paths.event(foreign.slug) : undefined);
  const passage = data.upcoming.find((e) => e !== foreign && e.body?.some((block) => block._type === 'passage'));
  add('tekst med avsnitt på et annet språk', passage?.slug ? paths.event(passage.slug) : undefined);
  const live = data.campaigns.find((c) => campaignPhase(c, data.now) === 'current');
  add('kampanje (pågår)', live?.slug ? paths.campaign(live.slug) : undefined);
  const notLive = data.campaigns.find((c) => campaignPhase(c, data.now) !== 'current');
  add('kampanje (ikke i gang)', notLive?.slug ? paths.campaign(notLive.slug) : undefined);
  const page = data.pages.find((p) => p.slug && p.slug !== 'index');
  add('redaksjonell side', page?.slug ? paths.page(page.slug) : undefined);
  if (data.config.features.news && data.articles.length) {
    add('nyhetsliste', paths.news());
    add('nyhetsartikkel', data.articles[0]?.slug ? paths.article(data.articles[0].slug) : undefined);
  }
  const audience = data.upcoming.flatMap((e) => e.audiences ?? [])[0]?.slug;
  add('inngang for målgruppe', audience ? paths.audience(audience) : undefined);
  add('arkiv', paths.archive());
  const month = data.past[0]?.startsAt?.slice(0, 7);
  add('arkiv for en måned', month && existsSync(join(siteDir(slug), `arrangementer/arkiv/${month}/index.html`)) ? paths.archiveMonth(month) : undefined);
  add('søk', paths.search());
  add('søk med treff', `${paths.search()}?q=konsert`);
  add('følg med', paths.follow());
  add('404', '/finnes-ikke/');
  return out;
}

/** A page in a fresh context whose clock stands at the build's "now" (alerts and "i dag" agree). */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  if (options.javaScriptEnabled !== false) await page.clock.install({ time: NOW });
  return page;
}

/** Opens a page type and fails loudly when the site answers with the wrong page (a missing build serves 404s). */
export async function visit(page: Page, url: string, type: PageType): Promise<void> {
  const response = await page.goto(url);
  const want = type.name === '404' ? 404 : 200;
  if (response?.status() !== want) throw new Error(`${type.name} (${type.path}) answered ${response?.status()}, not ${want}`);
  await settle(page);
}

/** Waits until the enhanced parts have drawn: they draw as soon as their data (list data, Pagefind) arrives. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

/** The JavaScript files a built HTML page loads, with every module they import (at once or later), by path. */
export function scriptsOf(site: string, htmlFile: string): string[] {
  const root = siteDir(site);
  const html = readFileSync(htmlFile, 'utf8');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import|export)\s*(?:[^'"`;]*?from\s*)?["']([^"']+\.js)["']/g)) {
      visit(resolve(dirname(file), m[1]!));
    }
    // Code a page loads later (a dynamic import()) is still its code.
    for (const m of code.matchAll(/\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) visit(resolve(dirname(file), m[1]!));
  };
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) visit(join(root, m[1]!));
  return [...seen];
}

/** Inline scripts other than JSON data. */
export function inlineScripts(htmlFile: string): string[] {
  const html = readFileSync(htmlFile, 'utf8');
  return [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/(ld\+)?json"/.test(m[1]!))
    .map((m) => m[2]!);
}
