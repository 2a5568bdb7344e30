/**
 * A nynorsk site for the tests, made the way an operator makes one: `npm run site:new` (the
 * scaffold, with `--locale nn`) in a folder of its own under tests/.tmp, its starter documents
 * (site and accessibility statement) and a little nynorsk content added to a copy of the sample
 * dataset, and one `astro build` of that site alone. Skien's three sites stay bokmål and are not
 * built again. Content is written in nynorsk too, so what the tests find in bokmål is ours.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSites, repoRoot } from '../../scripts/lib/build-sites.ts';
import { scaffoldSite } from '../../scripts/lib/scaffold-site.ts';
import { copyDataset, type Doc } from './dataset-copy.ts';

export const NN_SITE = 'nynorskhuset';

const ref = (id: string, key?: string) => ({ ...(key ? { _key: key } : {}), _type: 'reference', _ref: id });
const text = (key: string, value: string, style = 'normal') => ({ _type: 'block', _key: key, style, markDefs: [], children: [{ _type: 'span', _key: `${key}s`, text: value, marks: [] }] });
const IMAGE = { _type: 'image', _sanityAsset: 'image@file://./images/a4a36a699297c72cf4f1e1f7d89ce1fc9ea426e2-2048x1365.jpg', alt: 'Illustrasjon: tre lyskjegler som treffer ei mørk scene' };
const site = ref(`site.${NN_SITE}`);
const stamp = { _createdAt: '2026-11-02T09:00:00Z', _updatedAt: '2026-11-20T09:00:00Z' };

function event(slug: string, fields: Record<string, unknown>): Doc {
  return { _id: `event.${NN_SITE}.${slug}`, _type: 'event', ...stamp, slug: { _type: 'slug', current: slug }, site, status: 'scheduled', ...fields } as Doc;
}

/** The events, campaign, news and pages of the nynorsk site, as of FASETT_NOW (1 December 2026). */
function content(): Doc[] {
  return [
    event('visekveld-i-storstova', {
      title: 'Visekveld i storstova',
      summary: 'Tre visesongarar frå Telemark syng nye og gamle viser. Kaffi og kaker i pausen.',
      body: [text('b1', 'Kvelden er open for alle som likar viser. Du kan kjøpe billett i døra eller på nettet.')],
      startsAt: '2026-12-05T19:00:00+01:00',
      endsAt: '2026-12-05T21:00:00+01:00',
      venue: ref('venue.hoppestad-bydelshus'),
      categories: [ref('category.konsert', 'k1')],
      audiences: [ref('audience.unge', 'a1')],
      image: IMAGE,
      price: { amount: 150 },
      ageRange: { min: 13 },
      ticketUrl: 'https://billett.example.no/visekveld',
      accessibility: { wheelchair: true, hearingLoop: true, signLanguage: false, note: 'Inngangen frå parkeringsplassen har rampe.' },
    }),
    event('strikkekafe', {
      title: 'Strikkekafé',
      summary: 'Ta med strikketøyet og kom innom. Vi har garn og pinnar til dei som vil prøve.',
      startsAt: '2026-12-03T17:00:00+01:00',
      endsAt: '2026-12-03T19:00:00+01:00',
      venue: ref('venue.gulset-bydelshus'),
      categories: [ref('category.moteplass', 'k1')],
      audiences: [ref('audience.barn', 'a1'), ref('audience.unge', 'a2')],
      price: { free: true },
    }),
    event('julemarknad-pa-tunet', {
      title: 'Julemarknad på tunet',
      summary: 'Lokale handverkarar sel julegåver, og skulekorpset spelar.',
      startsAt: '2026-12-12T10:00:00+01:00',
      endsAt: '2026-12-12T15:00:00+01:00',
      venue: ref('venue.hoppestad-bydelshus'),
      categories: [ref('category.marked', 'k1')],
      audiences: [ref('audience.barn', 'a1')],
      price: { free: true },
      status: 'postponed',
      changes: [{ _key: 'c1', changedAt: '2026-11-25T10:00:00+01:00', status: 'postponed' }],
    }),
    event('foredrag-om-ivar-aasen', {
      title: 'Foredrag om Ivar Aasen',
      summary: 'Om mannen som samla dialektane og skapte eit skriftspråk.',
      startsAt: '2026-12-08T18:00:00+01:00',
      endsAt: '2026-12-08T19:30:00+01:00',
      venue: ref('venue.hoppestad-bydelshus'),
      categories: [ref('category.foredrag', 'k1')],
      audiences: [ref('audience.unge', 'a1')],
      price: { amount: 50 },
      status: 'cancelled',
      changes: [{ _key: 'c1', changedAt: '2026-11-28T10:00:00+01:00', status: 'cancelled' }],
    }),
    event('lesestund-pa-nett', {
      title: 'Lesestund på nett',
      summary: 'Vi les eventyr på nynorsk for dei minste, direkte frå biblioteket.',
      startsAt: '2026-12-10T17:30:00+01:00',
      endsAt: '2026-12-10T18:00:00+01:00',
      categories: [ref('category.litteratur', 'k1')],
      audiences: [ref('audience.barn', 'a1')],
      price: { free: true },
      venue: ref('venue.ibsenbiblioteket'),
      streamUrl: 'https://straum.example.no/lesestund',
      status: 'movedOnline',
      changes: [{ _key: 'c1', changedAt: '2026-11-27T10:00:00+01:00', status: 'movedOnline' }],
    }),
    event('haustkonsert', {
      title: 'Haustkonsert',
      summary: 'Kulturskulen spelar opp til haustfest.',
      startsAt: '2026-11-20T18:00:00+01:00',
      endsAt: '2026-11-20T19:30:00+01:00',
      venue: ref('venue.hoppestad-bydelshus'),
      categories: [ref('category.konsert', 'k1')],
      audiences: [ref('audience.unge', 'a1')],
      price: { free: true },
    }),
    {
      _id: `campaign.${NN_SITE}.jul-i-huset`,
      _type: 'campaign',
      ...stamp,
      title: 'Jul i huset',
      slug: { _type: 'slug', current: 'jul-i-huset' },
      site,
      startsAt: '2026-11-20T10:00:00+01:00',
      endsAt: '2026-12-24T12:00:00+01:00',
      programmeStartsOn: '2026-12-01',
      programmeEndsOn: '2026-12-23',
      hero: { heading: 'Jul i huset', subheading: 'Konsertar, marknad og lesestunder heile desember', image: IMAGE },
      events: [ref(`event.${NN_SITE}.visekveld-i-storstova`, 'e1'), ref(`event.${NN_SITE}.julemarknad-pa-tunet`, 'e2')],
      body: [text('b1', 'Heile desember fyller vi huset med musikk, handverk og forteljingar.')],
      shareText: 'Jul i huset: konsertar, marknad og lesestunder heile desember.',
    } as Doc,
    {
      _id: `article.${NN_SITE}.nytt-vinterprogram`,
      _type: 'article',
      ...stamp,
      title: 'Nytt vinterprogram',
      slug: { _type: 'slug', current: 'nytt-vinterprogram' },
      site,
      publishedAt: '2026-11-25T12:00:00+01:00',
      summary: 'Vinterprogrammet er klart, med viser, strikking og lesestunder.',
      body: [text('b1', 'Programmet for vinteren er klart. Sjå alle arrangementa i lista vår.')],
    } as Doc,
    {
      _id: `page.${NN_SITE}.om-huset`,
      _type: 'page',
      ...stamp,
      title: 'Om huset',
      slug: { _type: 'slug', current: 'om-huset' },
      site,
      body: [text('b1', 'Nynorskhuset er ein møtestad for alle i nabolaget, med kafé, scene og bibliotek.')],
      seo: { description: 'Kven vi er og kva vi gjer.' },
    } as Doc,
    {
      _id: `serviceLink.${NN_SITE}.fritidskortet`,
      _type: 'serviceLink',
      ...stamp,
      title: 'Fritidskortet',
      url: 'https://www.skien.kommune.no/fritidskortet/',
      description: 'Inntil 2 000 kroner i halvåret til fritidsaktivitetar for barn og unge mellom 6 og 18 år.',
      audiences: [ref('audience.barn', 'a1'), ref('audience.unge', 'a2')],
      sites: [ref(`site.${NN_SITE}`, 's1')],
    } as Doc,
    {
      _id: `alert.${NN_SITE}.straumbrot`,
      _type: 'alert',
      ...stamp,
      title: 'Straumbrot torsdag',
      message: 'Huset er stengt torsdag frå klokka 8 til 12 medan vi byter straumtavla.',
      severity: 'info',
      sites: [ref(`site.${NN_SITE}`, 's1')],
      startsAt: '2026-11-30T08:00:00+01:00',
      endsAt: '2026-12-04T12:00:00+01:00',
      link: 'https://www.skien.kommune.no/',
    } as Doc,
  ];
}

export interface NynorskBuild {
  sitesDir: string;
  dist: string;
  dataset: string;
  exitCode: number;
  output: string;
}

/** Scaffolds the nynorsk site, writes its dataset and builds it alone (about half a minute). */
export async function buildNynorskSite(): Promise<NynorskBuild> {
  // Inside the repository: the scaffolded config imports shared/ by a relative path, and Astro keeps prerender chunks beside an outside outDir.
  mkdirSync(join(repoRoot, 'tests/.tmp'), { recursive: true });
  const root = mkdtempSync(join(repoRoot, 'tests/.tmp/nynorsk-'));
  const sitesDir = join(root, 'sites');
  const scaffolded = await scaffoldSite({ slug: NN_SITE, title: 'Nynorskhuset', theme: 'base', locale: 'nn', feedbackEmail: 'nynorskhuset@skien.kommune.no', dir: sitesDir });
  // What an editor adds after scaffolding: the entrances this house offers.
  const configFile = join(scaffolded.folder, 'site.config.ts');
  writeFileSync(configFile, readFileSync(configFile, 'utf8').replace('\n});', "\n  audiences: ['unge', 'barn'],\n});"));
  const starter = readFileSync(join(scaffolded.folder, 'starter-content.ndjson'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Doc);
  const dataset = copyDataset((docs) => {
    const [siteDocument, statement] = starter as [Doc, Doc];
    Object.assign(siteDocument, {
      ...stamp,
      tagline: 'Kulturhuset der nynorsken bur',
      navigation: [{ _key: 'n1', _type: 'navItem', label: 'Om huset', page: ref(`page.${NN_SITE}.om-huset`) }],
      contact: { email: 'nynorskhuset@skien.kommune.no', phone: '+47 35 58 10 00', address: { street: 'Tunvegen 1', postalCode: '3710', city: 'Skien' } },
      social: [{ _key: 's1', platform: 'instagram', url: 'https://www.instagram.com/nynorskhuset/' }],
    });
    Object.assign(statement, stamp);
    // The sample's alerts and service links for every site are bokmål content; this site has its own, in nynorsk.
    const forEverySite = (d: Doc) => (d._type === 'alert' || d._type === 'serviceLink') && Array.isArray(d.sites) && d.sites.length === 0;
    const shared = docs.filter((d) => !forEverySite(d));
    // The audiences' lines are shared taxonomy, written in bokmål; this copy gives the two this site offers nynorsk ones.
    for (const doc of shared) {
      if (doc._id === 'audience.unge') doc.description = 'Konsertar, kurs, stader å vere og tenester for deg som er ung.';
      if (doc._id === 'audience.barn') doc.description = 'Framsyningar, verkstader og aktivitetar for barn.';
    }
    return [...shared, siteDocument, statement, ...content()];
  });
  const dist = join(root, 'dist');
  // From here this process works with the nynorsk site's folder and output: buildSites lists the
  // sites there, and the test's server serves them.
  process.env.FASETT_SITES_DIR = sitesDir;
  process.env.FASETT_DIST_DIR = dist;
  const { exitCode, results } = await buildSites({
    sites: [NN_SITE],
    quiet: true,
    force: true,
    env: { CONTENT_DATASET: dataset, FASETT_DIST_DIR: dist, FASETT_SITES_DIR: sitesDir, FASETT_CACHE_DIR: join(root, '.cache') },
  });
  return { sitesDir, dist, dataset, exitCode, output: results.map((r) => r.output).join('\n') };
}
