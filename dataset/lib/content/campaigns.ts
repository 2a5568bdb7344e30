import type { ImageHotspot } from '../images.ts';
import type { BlockSource } from '../portable-text.ts';
import type { SiteSlug } from './types.ts';

export interface CampaignSeed {
  slug: string;
  title: string;
  /** When the campaign is live, in the default calendar: "2026-11-20 08:00". */
  from: string;
  to: string;
  /** The programme's first and last day (the festival itself), default calendar: "2027-08-20". */
  programme?: { from: string; to: string };
  hero: { heading: string; subheading: string; image: string; hotspot?: ImageHotspot };
  /** A key of the site theme's accents (checked against THEME_ACCENTS when built). */
  accent: string;
  /**
   * Featured events in order, by title slug ("site/slug" for another site's event).
   * An event that repeats contributes every occurrence inside the campaign window.
   */
  events: string[];
  eventFilter?: { categories?: string[]; audiences?: string[] };
  body: BlockSource[];
  cta: { label: string; url: string };
  shareText: string;
  hashtags: string[];
}

export const CAMPAIGNS: Record<SiteSlug, CampaignSeed[]> = {
  bydelshus: [
    {
      // Over by the sample's "now": the archive on /kampanjer/ shows it.
      slug: 'hostmarkeder-i-bydelene',
      title: 'Høstmarkeder i bydelene',
      from: '2026-10-01 08:00',
      to: '2026-11-22 23:59',
      programme: { from: '2026-11-07', to: '2026-11-21' },
      hero: {
        heading: 'Høstmarkeder i bydelene',
        subheading: 'Honning, strikk og hjemmebakt fra hele Grenland, tre lørdager i november',
        image: 'hostblader',
      },
      accent: 'kveld',
      events: ['hostmarked-pa-falkum'],
      eventFilter: { categories: ['marked'] },
      body: ['Bydelshusene åpner dørene for lokale produsenter. Ta med handlenett og god tid.'],
      cta: { label: 'Bli med som selger', url: 'https://www.skien.kommune.no/bydelshus/marked/' },
      shareText: 'Høstmarkeder i bydelshusene: honning, strikk og hjemmebakt fra hele Grenland.',
      hashtags: ['#skien', '#bydelshus', '#hostmarked'],
    },
    {
      slug: 'jul-i-bydelshusene',
      title: 'Jul i bydelshusene',
      from: '2026-11-20 08:00',
      to: '2027-01-15 23:59',
      programme: { from: '2026-11-27', to: '2027-01-10' },
      hero: {
        heading: 'Jul i bydelshusene',
        subheading: 'Julemarked, konserter og juletrefest i nabolaget ditt, og nesten alt er gratis',
        image: 'lysslynge',
        hotspot: { x: 0.5, y: 0.4, width: 0.6, height: 0.5 },
      },
      accent: 'solsikke',
      events: ['julemarked-pa-gulset-bydelshus', 'julekonsert-med-gulset-kor', 'juletrefest-pa-klyve', 'nyttarskonsert-med-skotfoss-musikkorps', 'lysfest-pa-bole'],
      eventFilter: { categories: ['barn'] },
      body: [
        'Desember er travel for mange, men også tiden for å møtes. Bydelshusene fyller adventstiden med marked, konserter og verksteder, og i romjulen går vi rundt juletreet sammen.',
        'Har du ingen å feire med? Frivilligsentralen arrangerer julaften for alle i Gulset bydelshus. Ring [35 58 10 00](tel:+4735581000) for å melde deg på.',
      ],
      cta: { label: 'Se hele julekalenderen', url: 'https://www.skien.kommune.no/jul-i-skien/' },
      shareText: 'Julemarked, julekonsert og juletrefest: bydelshusene i Skien inviterer hele nabolaget til jul. Det meste er gratis!',
      hashtags: ['#skien', '#julibydelshusene', '#bydelshus'],
    },
    {
      slug: 'sommer-i-bydelene',
      title: 'Sommer i bydelene',
      from: '2027-05-15 08:00',
      to: '2027-08-20 23:59',
      programme: { from: '2027-06-17', to: '2027-08-15' },
      hero: {
        heading: 'Sommer i bydelene',
        subheading: 'Grillkvelder, friluftsteater og turer for hele familien',
        image: 'gronne-aaser',
      },
      accent: 'skog',
      events: ['grillkveld-pa-gulset', 'sommerteater-for-barn-i-brekkeparken', 'ibsenbiblioteket/sommerles-starter', 'appelsinia/sommerscenen-i-bryggeparken-fredag', 'bydelsvandring-pa-skotfoss'],
      eventFilter: { categories: ['friluft'] },
      body: [
        'Ikke alle reiser bort i sommerferien. Bydelshusene holder åpent hele sommeren, med aktiviteter ute når været tillater det og inne når det regner.',
        '!info Bydelshusene har sommeråpent fra 10 til 15 på hverdager i skolens ferie.',
      ],
      cta: { label: 'Les om sommeråpent', url: 'https://www.skien.kommune.no/sommer-i-skien/' },
      shareText: 'Sommer i bydelene: grillkvelder, friluftsteater og turer for hele familien, rett i nabolaget ditt.',
      hashtags: ['#skien', '#sommeriskien', '#bydelshus'],
    },
  ],
  appelsinia: [
    {
      slug: 'juleferie-pa-appelsinia',
      title: 'Juleferie på Appelsinia',
      from: '2026-11-25 12:00',
      to: '2027-01-15 23:59',
      programme: { from: '2026-12-18', to: '2027-01-03' },
      hero: {
        heading: 'Juleferie på Appelsinia',
        subheading: 'Juleball, skrekkfilm, brettspill og rusfri nyttårsfest',
        image: 'konfetti',
      },
      accent: 'appelsin',
      events: ['juleball-for-ungdomsskolen', 'rusfri-nyttarsfest', 'skrekkfilmkveld', 'brettspillkveld', 'apen-scene'],
      eventFilter: { audiences: ['unge'], categories: ['dans'] },
      body: [
        'Appelsinia holder åpent nesten hele juleferien. Vi har stengt julaften, første juledag og nyttårsdag, ellers er det åpent fra 14 til 21.',
        'Nyttårsaften feirer vi sammen, rusfritt, med konsert, DJ og fyrverkeri ved elva.',
      ],
      cta: { label: 'Kjøp billett til nyttårsfesten', url: 'https://appelsinia.ticketco.events/rusfri-nyttarsfest' },
      shareText: 'Juleferie på Appelsinia: juleball, skrekkfilmkveld og rusfri nyttårsfest for deg mellom 13 og 20 år.',
      hashtags: ['#skien', '#appelsinia', '#juleferie'],
    },
    {
      slug: 'vinterferie-pa-appelsinia',
      title: 'Vinterferie på Appelsinia',
      from: '2027-02-01 08:00',
      to: '2027-02-28 23:59',
      programme: { from: '2027-02-22', to: '2027-02-26' },
      hero: {
        heading: 'Vinterferie på Appelsinia',
        subheading: 'Graffitiverksted, skøytedisko og skrivekurs, gratis for deg mellom 13 og 20',
        image: 'skoytespor',
        hotspot: { x: 0.45, y: 0.5, width: 0.7, height: 0.6 },
      },
      accent: 'lilla',
      events: ['graffiti-og-streetart-verksted', 'skoytedisko-i-skien-fritidspark', 'ibsenbiblioteket/skrivekurs-for-unge'],
      eventFilter: { categories: ['kurs'] },
      body: [
        'Vinterferien i uke 8 er full av ting å gjøre, enten du vil male, danse, skrive eller bare henge.',
        'Alle verkstedene er gratis, men noen har begrenset antall plasser. Meld deg på i kafeen eller send oss en melding på Instagram.',
      ],
      cta: { label: 'Meld deg på verksted', url: 'https://www.appelsinia.no/pamelding' },
      shareText: 'Vinterferie på Appelsinia: graffiti, skøytedisko og skrivekurs. Alt er gratis for deg mellom 13 og 20.',
      hashtags: ['#skien', '#appelsinia', '#vinterferie'],
    },
    {
      slug: 'appelsinfestivalen-2027',
      title: 'Appelsinfestivalen 2027',
      // Tickets go on sale in November: the page is public long before the three festival days.
      from: '2026-11-16 10:00',
      to: '2027-08-23 12:00',
      programme: { from: '2027-08-20', to: '2027-08-22' },
      hero: {
        heading: 'Appelsinfestivalen 2027',
        subheading: 'Tre dager med musikk, dans og kunst ved elva, helt rusfritt',
        image: 'appelsin',
      },
      accent: 'fjord',
      events: ['appelsinfestivalen'],
      eventFilter: { categories: ['konsert'], audiences: ['unge'] },
      body: [
        'Appelsinfestivalen er laget av ungdom, for ungdom. Festivalstyret har valgt artistene, designet plakaten og planlagt verkstedene.',
        '## Billetter',
        'Helgepass koster 350 kroner og dagspass 200 kroner. Har du Fritidskortet, kan du bruke det til å betale.',
      ],
      cta: { label: 'Kjøp festivalpass', url: 'https://appelsinia.ticketco.events/appelsinfestivalen' },
      shareText: 'Appelsinfestivalen 2027: tre dager med konserter, dans og kunst i Bryggeparken i Skien. Rusfritt og laget av ungdom.',
      hashtags: ['#skien', '#appelsinfestivalen', '#appelsinia'],
    },
  ],
  ibsenbiblioteket: [
    {
      slug: 'bokjul-i-biblioteket',
      title: 'Bokjul i biblioteket',
      from: '2026-11-23 08:00',
      to: '2027-01-15 23:59',
      programme: { from: '2026-11-28', to: '2026-12-31' },
      hero: {
        heading: 'Bokjul i biblioteket',
        subheading: 'Juleverksted, julequiz og eventyrstunder hele desember',
        image: 'snofnugg',
      },
      accent: 'rosin',
      events: ['bokjul-juleverksted-for-barn', 'julequiz-i-biblioteket', 'eventyrstund-for-de-minste', 'lesesirkel-pa-biblioteket'],
      eventFilter: { categories: ['litteratur'] },
      body: [
        'Julen er lesetid. Bibliotekarene har laget bokjulekalender med et nytt boktips hver dag i desember, og på lørdagene leser vi juleeventyr for de minste.',
        'Husk at du kan låne opptil 30 bøker i jula, og at lånetiden forlenges automatisk over nyttår.',
        '!info Biblioteket er stengt 24., 25. og 26. desember og 1. januar. Meråpent er også stengt disse dagene.',
      ],
      cta: { label: 'Se bokjulekalenderen', url: 'https://skien.bib.no/bokjul' },
      shareText: 'Bokjul i Ibsenbiblioteket: juleverksted for barn, julequiz og eventyrstunder hele desember. Velkommen inn i varmen!',
      hashtags: ['#skien', '#bokjul', '#ibsenbiblioteket'],
    },
    {
      slug: 'ibsendagene-2027',
      title: 'Ibsendagene 2027',
      from: '2027-08-01 08:00',
      to: '2027-08-31 23:59',
      programme: { from: '2027-08-25', to: '2027-08-29' },
      hero: {
        heading: 'Ibsendagene 2027',
        subheading: 'Konsert, byvandring og samtaler om Ibsens Skien',
        image: 'teatermasker',
        hotspot: { x: 0.5, y: 0.5, width: 0.5, height: 0.6 },
      },
      accent: 'blekk',
      events: ['konsert-ibsens-dikt-i-ny-musikk', 'litteraer-byvandring-i-ibsens-fotspor'],
      eventFilter: { categories: ['litteratur'] },
      body: [
        'Hver august feirer Skien byens mest kjente sønn. Ibsenbiblioteket bidrar med konsert, byvandring og lesninger.',
        'Biblioteket har Ibsens skuespill på mer enn førti språk. Spør oss, så viser vi deg samlingen.',
      ],
      cta: { label: 'Se programmet for Ibsendagene', url: 'https://www.ibsenhuset.no/ibsendagene' },
      shareText: 'Ibsendagene 2027: konsert med Ibsens dikt og litterær byvandring i Skien. Velkommen!',
      hashtags: ['#skien', '#ibsendagene', '#ibsen'],
    },
  ],
};
