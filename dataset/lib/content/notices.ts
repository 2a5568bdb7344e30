import type { SiteSlug } from './types.ts';

export interface AlertSeed {
  slug: string;
  title: string;
  message: string;
  severity: 'info' | 'warning' | 'critical';
  /** Empty means every site. */
  sites: SiteSlug[];
  /** Default-calendar times: "2026-11-28 08:00". */
  from: string;
  to: string;
  link: string;
}

export const ALERTS: readonly AlertSeed[] = [
  {
    slug: 'glatte-veier-og-forsinket-broyting',
    title: 'Glatte veier og forsinket brøyting',
    message: 'Det er meldt snø og underkjølt regn de neste dagene. Brøytingen av gang- og sykkelveier kan bli forsinket. Bruk brodder, og sjekk om arrangementet du skal på, går som planlagt.',
    severity: 'warning',
    sites: [],
    from: '2026-11-28 08:00',
    to: '2026-12-03 20:00',
    link: 'https://www.skien.kommune.no/vei-og-trafikk/broyting/',
  },
  {
    slug: 'biblioteket-stengt-vannlekkasje',
    title: 'Biblioteket holder stengt fredag',
    message: 'På grunn av en vannlekkasje i første etasje holder Ibsenbiblioteket stengt fredag 4. desember, også meråpent. Lån som forfaller, blir automatisk fornyet. Eventyrstunden lørdag går som planlagt.',
    // A closed building is a service notice («Driftsmelding»), not «Beredskap».
    severity: 'info',
    sites: ['ibsenbiblioteket'],
    from: '2026-11-30 08:00',
    to: '2026-12-06 20:00',
    link: 'https://www.skien.kommune.no/ibsenbiblioteket/driftsmeldinger/',
  },
];

export interface ServiceLinkSeed {
  slug: string;
  title: string;
  url: string;
  description: string;
  audiences: string[];
  /** Empty means every site. */
  sites: SiteSlug[];
}

/** Entry points to Skien kommune's digital services, grouped by who needs them. */
export const SERVICE_LINKS: readonly ServiceLinkSeed[] = [
  {
    slug: 'sok-barnehageplass',
    title: 'Søk barnehageplass',
    url: 'https://www.skien.kommune.no/barnehage/sok-barnehageplass/',
    description: 'Søk plass i kommunal eller privat barnehage. Søknadsfristen for hovedopptaket er 1. mars.',
    audiences: ['foresatte', 'barn', 'nye-innbyggere'],
    sites: [],
  },
  {
    slug: 'sfo',
    title: 'Søk plass i SFO',
    url: 'https://www.skien.kommune.no/skole/sfo/',
    description: 'Skolefritidsordning for 1. til 4. trinn. De første tolv timene i uka er gratis for 1. til 3. trinn.',
    audiences: ['foresatte', 'barn'],
    sites: [],
  },
  {
    slug: 'fritidskortet',
    title: 'Fritidskortet',
    url: 'https://www.skien.kommune.no/fritidskortet/',
    description: 'Inntil 2 000 kroner i halvåret til fritidsaktiviteter for barn og unge mellom 6 og 18 år.',
    audiences: ['barn', 'unge', 'foresatte'],
    sites: [],
  },
  {
    slug: 'helsestasjon-for-ungdom',
    title: 'Helsestasjon for ungdom',
    url: 'https://www.skien.kommune.no/helse/helsestasjon-for-ungdom/',
    description: 'Gratis og uten timebestilling for deg mellom 13 og 24 år. Snakk med helsesykepleier, lege eller psykolog.',
    audiences: ['unge'],
    sites: ['appelsinia', 'ibsenbiblioteket'],
  },
  {
    slug: 'sommerjobb-for-ungdom',
    title: 'Sommerjobb for ungdom',
    url: 'https://www.skien.kommune.no/jobb/sommerjobb-for-ungdom/',
    description: 'Kommunen tilbyr sommerjobb i parker, på idrettsanlegg og i bydelshusene for ungdom mellom 15 og 18 år.',
    audiences: ['unge'],
    sites: [],
  },
  {
    slug: 'bibliotekkort',
    title: 'Bli låner på biblioteket',
    url: 'https://www.skien.kommune.no/ibsenbiblioteket/bli-laner/',
    description: 'Bibliotekkortet er gratis og gir tilgang til bøker, e-bøker, lydbøker og meråpent bibliotek.',
    audiences: ['voksne', 'nye-innbyggere', 'barn'],
    sites: ['ibsenbiblioteket'],
  },
  {
    slug: 'byggesak',
    title: 'Søk om å bygge eller grave',
    url: 'https://www.skien.kommune.no/bygg-og-eiendom/byggesak/',
    description: 'Finn ut om tiltaket ditt er søknadspliktig, og send byggesøknad digitalt.',
    audiences: ['voksne', 'naeringsliv'],
    sites: [],
  },
  {
    slug: 'eiendomsskatt',
    title: 'Eiendomsskatt og kommunale avgifter',
    url: 'https://www.skien.kommune.no/skatt-og-avgifter/eiendomsskatt/',
    description: 'Se hva du betaler i eiendomsskatt, vann og avløp, og hvordan du klager på taksten.',
    audiences: ['voksne', 'eldre', 'naeringsliv'],
    sites: [],
  },
  {
    slug: 'trygghetsalarm',
    title: 'Søk om trygghetsalarm',
    url: 'https://www.skien.kommune.no/helse-og-omsorg/trygghetsalarm/',
    description: 'En trygghetsalarm gir deg kontakt med hjelp hele døgnet hvis du faller eller blir syk hjemme.',
    audiences: ['eldre', 'foresatte'],
    sites: [],
  },
  {
    slug: 'hjemmetjenester',
    title: 'Hjemmesykepleie og praktisk bistand',
    url: 'https://www.skien.kommune.no/helse-og-omsorg/hjemmetjenester/',
    description: 'Søk om hjelp i hjemmet, fra sykepleie og medisiner til rengjøring og matombringing.',
    audiences: ['eldre'],
    sites: [],
  },
  {
    slug: 'tt-kort',
    title: 'TT-kort: tilrettelagt transport',
    url: 'https://www.skien.kommune.no/helse-og-omsorg/tt-kort/',
    description: 'Har du vansker med å bruke buss, kan du søke om TT-kort og reise med drosje til redusert pris.',
    audiences: ['eldre', 'voksne'],
    sites: [],
  },
  {
    slug: 'norskopplaering-for-voksne',
    title: 'Norskopplæring for voksne',
    url: 'https://www.skien.kommune.no/voksenopplaering/norskopplaering/',
    description: 'Kurs i norsk og samfunnskunnskap på dagtid og kveldstid, på alle nivåer, hos Skien voksenopplæring.',
    audiences: ['nye-innbyggere', 'voksne'],
    sites: [],
  },
  {
    slug: 'ny-i-skien',
    title: 'Ny i Skien',
    url: 'https://www.skien.kommune.no/ny-i-skien/',
    description: 'Alt du må ordne når du flytter hit: fastlege, skole, barnehage, renovasjon og parkering.',
    audiences: ['nye-innbyggere'],
    sites: [],
  },
  {
    slug: 'tolketjenesten',
    title: 'Bestill tolk',
    url: 'https://www.skien.kommune.no/tolketjenesten/',
    description: 'Har du avtale med kommunen og trenger tolk, bestiller vi det for deg. Tolken er gratis for deg.',
    audiences: ['nye-innbyggere', 'foresatte'],
    sites: [],
  },
  {
    slug: 'skjenkebevilling',
    title: 'Søk skjenkebevilling',
    url: 'https://www.skien.kommune.no/naering/skjenkebevilling/',
    description: 'Søk fast eller enkelt skjenkebevilling for servering av alkohol, for eksempel til et arrangement.',
    audiences: ['naeringsliv'],
    sites: [],
  },
  {
    slug: 'serveringsbevilling',
    title: 'Søk serveringsbevilling',
    url: 'https://www.skien.kommune.no/naering/serveringsbevilling/',
    description: 'Alle som driver serveringssted, trenger serveringsbevilling. Søk digitalt før du åpner.',
    audiences: ['naeringsliv'],
    sites: [],
  },
  {
    slug: 'leie-lokaler',
    title: 'Lei lokaler i bydelshusene',
    url: 'https://www.skien.kommune.no/booking/',
    description: 'Book sal, møterom eller kjøkken i bydelshusene til kurs, møter og selskap.',
    audiences: ['naeringsliv', 'voksne'],
    sites: ['bydelshus'],
  },
  {
    slug: 'aktivitetstilbud-for-barn',
    title: 'Gratis aktiviteter for barn',
    url: 'https://www.skien.kommune.no/kultur-og-fritid/aktiviteter-for-barn/',
    description: 'Oversikt over gratis aktiviteter i ferier og etter skoletid, fra svømming til kulturskole.',
    audiences: ['barn', 'foresatte'],
    sites: [],
  },
];
