/** The static alert banner: what a visitor without JavaScript reads, escaped, and replaced in place in a page. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alertBannerHtml } from '../../../shared/site/alert-banner-html.ts';
import { bannerQueue, replaceAlertBanners, replaceAlertBannersIn, withBanner } from '../../../shared/serving/alert-banners.ts';
import type { AlertItem } from '../../../shared/content/site-alerts.ts';
import { wordsFor } from '../../../shared/i18n/index.ts';

const words = wordsFor('nb').alerts;

const alert = (over: Partial<AlertItem>): AlertItem =>
  ({ _id: 'alert.a', _type: 'alert', _updatedAt: '2026-12-01T08:00:00Z', title: 'Vannlekkasje', message: 'Biblioteket er stengt i dag.', severity: 'info', startsAt: null, endsAt: null, link: null, ...over }) as AlertItem;

test('each severity has its own word: Beredskap only for emergencies', () => {
  assert.match(alertBannerHtml([alert({ severity: 'critical', title: 'Evakuering' })], words), /<div class="alert alert--critical" role="alert"[^>]*>.*Beredskap: Evakuering<\/span>/);
  assert.match(alertBannerHtml([alert({ severity: 'warning' })], words), /Viktig melding: Vannlekkasje/);
  assert.match(alertBannerHtml([alert({ severity: 'info' })], words), /Driftsmelding: Vannlekkasje/);
  assert.not.match(alertBannerHtml([alert({ severity: 'info' })], words), /role="alert"/, 'only a critical alert interrupts');
});

test('text from content is escaped and links are allow-listed', () => {
  const html = alertBannerHtml([alert({ title: '<script>x()</script>', message: 'a & "b"', link: 'javascript:alert(1)' })], words);
  assert.not.match(html, /<script>/);
  assert.match(html, /&lt;script&gt;x\(\)&lt;\/script&gt;/);
  assert.match(html, /a &amp; &quot;b&quot;/);
  assert.not.match(html, /javascript:/);
  assert.match(alertBannerHtml([alert({ link: 'https://www.skien.kommune.no/' })], words), /<a href="https:\/\/www.skien.kommune.no\/">Les mer<span class="visually-hidden"> om Vannlekkasje<\/span><\/a>/);
});

test('a nynorsk site names the banner and the link in nynorsk', () => {
  const html = alertBannerHtml([alert({ link: 'https://www.skien.kommune.no/' })], wordsFor('nn').alerts);
  assert.match(html, /aria-label="Varsel"/);
  assert.match(html, />Les meir<span class="visually-hidden"> om Vannlekkasje<\/span>/);
});

test('no alerts: an empty container without a landmark', () => {
  assert.match(alertBannerHtml([], words), /<div class="alerts" data-alerts><\/div>/);
});

test('a page has its banner replaced and nothing else; a page already current is not written', async () => {
  const before = alertBannerHtml([], words);
  const after = alertBannerHtml([alert({ severity: 'critical', title: 'Stengt bro' })], words);
  const page = (banner: string) => `<!doctype html><html><body><header>Meny</header><alert-banner>${banner}<p data-alert-status></p></alert-banner><main>Innhold</main></body></html>`;
  assert.is(withBanner(page(before), after), page(after));
  assert.is(withBanner(page(after), after), undefined);
  assert.is(withBanner('<html>no banner</html>', after), undefined);

  const root = mkdtempSync(join(tmpdir(), 'fasett-banners-'));
  mkdirSync(join(root, 'arrangementer'));
  writeFileSync(join(root, 'index.html'), page(before));
  writeFileSync(join(root, 'arrangementer', 'index.html'), page(after));
  const written = await replaceAlertBanners(root, after);
  assert.equal(written, [join(root, 'index.html')]);
  assert.is(readFileSync(join(root, 'index.html'), 'utf8'), page(after));
});

test('across sites, every site\'s home gets the new banner before any deeper page of any site', async () => {
  const before = alertBannerHtml([], words);
  const page = (banner: string) => `<html><body><alert-banner>${banner}</alert-banner></body></html>`;
  const sites = ['a', 'b', 'c'].map((name) => {
    const root = mkdtempSync(join(tmpdir(), `fasett-banners-${name}-`));
    for (const dir of ['arrangementer', 'arrangementer/konsert', 'kampanjer/jul']) mkdirSync(join(root, dir), { recursive: true });
    for (const file of ['index.html', 'arrangementer/index.html', 'arrangementer/konsert/index.html', 'kampanjer/jul/index.html']) writeFileSync(join(root, file), page(before));
    return root;
  });
  const banners = sites.map((_, i) => alertBannerHtml([alert({ severity: 'critical', title: `Stengt bro ${i}` })], words));
  const jobs = sites.map((root, i) => [root, banners[i]!] as const);
  // The order pages are taken up in (a few are written at once, so they may finish in another).
  const order = bannerQueue(jobs).map(({ file }) => file);
  const homes = sites.map((root) => join(root, 'index.html'));
  assert.equal(order.slice(0, 3), homes, 'the three homes come first');
  assert.ok(order.indexOf(join(sites[2]!, 'arrangementer/index.html')) < order.indexOf(join(sites[0]!, 'arrangementer/konsert/index.html')), 'the last site\'s list before the first site\'s event');
  const written = await replaceAlertBannersIn(jobs);
  assert.is(written.length, 12);
  sites.forEach((root, i) => assert.is(readFileSync(join(root, 'kampanjer/jul/index.html'), 'utf8'), page(banners[i]!), 'each site gets its own banner'));
});

test.run();
