import type { SiteSlug } from './types.ts';

export interface ArticleSeed {
  title: string;
  /** Publication time in the default calendar: "2026-10-14 09:30". */
  published: string;
  summary: string;
  /** Body blocks; "@image:<artwork>" places that artwork as an image block. */
  body: string[];
  image: string;
  imageAlt?: string;
  /** A decorative header image: the picture adds nothing the text doesn't say. */
  decorative?: boolean;
}

export const ARTICLES: Record<SiteSlug, ArticleSeed[]> = {
  bydelshus: [
    {
      title: 'Nytt kjøkken på Klyve bydelshus',
      published: '2026-10-08 10:00',
      summary: 'Etter åtte uker med oppussing er storkjøkkenet på Klyve klart. Nå kan lag og foreninger lage mat til hundre personer.',
      image: 'kaffekopp',
      imageAlt: 'Illustrasjon: en kaffekopp med damp, som et tegn på at kjøkkenet er klart til bruk',
      body: [
        'Det gamle kjøkkenet var fra 1987 og var slitt. Nå har det fått nye benker, komfyrer, oppvaskmaskin for storhusholdning og kjølerom.',
        'Kjøkkenet kan leies sammen med salen. Lag og foreninger i Skien bruker det gratis på hverdager. Les mer om [hvordan du leier](page:lei-lokale).',
        'Oppussingen er betalt med tilskudd fra Sparebankstiftelsen DNB og kommunens vedlikeholdsbudsjett.',
      ],
    },
    {
      title: 'Frivilligsentralen flytter inn på Hoppestad',
      published: '2026-10-21 12:30',
      summary: 'Fra november holder Skien frivilligsentral til i andre etasje på Hoppestad bydelshus. Det gir kortere vei mellom frivillige og aktivitetene.',
      image: 'huset-i-skumring',
      body: [
        'Frivilligsentralen har hatt kontor i sentrum i femten år. Nå flytter de til Hoppestad bydelshus, der mange av aktivitetene deres allerede foregår.',
        'Daglig leder Hanne Bakke gleder seg: – Nå sitter vi der folk er. Det blir lettere å stikke innom for en prat om å bli frivillig.',
        'Frivilligsentralen har åpent mandag til torsdag fra 09 til 15.',
      ],
    },
    {
      title: 'Språkkafeen på Falkum trenger flere frivillige',
      published: '2026-11-04 09:00',
      summary: 'Over femti deltakere kommer hver torsdag, og nå trengs flere samtaleledere. Du trenger ingen erfaring, bare tid og tålmodighet.',
      image: 'snakkebobler',
      body: [
        'Språkkafeen startet i 2023 med seks deltakere. Nå kommer det over femti hver torsdag, fra mer enn tjue land.',
        'Som samtaleleder sitter du ved et bord med tre til fem deltakere og snakker om hverdagslige ting. Du får et kort kurs før du starter.',
        'Vil du bli med? Send en e-post til [bydelshus@skien.kommune.no](mailto:bydelshus@skien.kommune.no), eller kom innom en torsdag.',
      ],
    },
    {
      title: 'Slik blir julen i bydelshusene',
      published: '2026-11-18 14:00',
      summary: 'Julemarked på Gulset, julekonsert med koret og juletrefest i romjulen. Her er oversikten over alt som skjer i bydelshusene i desember.',
      image: 'myk-fjordtone',
      decorative: true,
      body: [
        'Desember blir travel i bydelshusene. Først ut er [julemarkedet på Gulset](event:julemarked-pa-gulset-bydelshus) lørdag 5. desember.',
        '@image:lysslynge',
        'Gulset kor holder [julekonsert](event:julekonsert-med-gulset-kor) søndag 13. desember, og i romjulen blir det [juletrefest på Klyve](event:juletrefest-pa-klyve).',
        'Åpningstidene i jula finner du på [siden for åpningstider og kontakt](page:apningstider-og-kontakt).',
      ],
    },
  ],
  appelsinia: [
    {
      title: 'Nytt studio er klart',
      published: '2026-10-02 15:00',
      summary: 'Etter et halvt år med bygging åpner det nye innspillingsstudioet. Nå kan du spille inn med produsent, helt gratis.',
      image: 'lydspor',
      body: [
        'Studioet har lydisolert innspillingsrom, kontrollrom og utstyr til både band og solister. Produsentene Jonas og Amalie er der tirsdag til fredag.',
        'Du booker tre timer av gangen. Les mer på siden om [øvingsrom og studio](page:ovingsrom-og-studio).',
      ],
    },
    {
      title: 'Husstyret har valgt årets festivalartister',
      published: '2026-10-19 18:00',
      summary: 'Ungdommene i husstyret har brukt høsten på å lytte seg gjennom over tre hundre søknader. Nå er de første navnene klare.',
      image: 'konsert-sirkler',
      body: [
        'Husstyret består av tolv ungdommer mellom 14 og 19 år. De har hørt på alle søknadene og valgt ut artister til [Appelsinfestivalen](event:appelsinfestivalen) i august.',
        '– Vi ville ha mer rap og mer elektronika, og flere jenter på scenen, sier leder i husstyret Sofie (17).',
        'Hele programmet slippes 1. juni.',
      ],
    },
    {
      title: 'Rekordmange på høstens LAN',
      published: '2026-11-02 11:00',
      summary: 'Hundre og tolv deltakere, tre turneringer og null nedetid på nettet. Høstens LAN var det største på Appelsinia noen gang.',
      image: 'spillbrett',
      body: [
        'LAN-et varte fra fredag til søndag, og konsertsalen var full av maskiner, skjermer og soveposer.',
        'Neste LAN er [Vinter-LAN](event:vinter-lan) i januar. Påmeldingen åpner 1. desember.',
      ],
    },
    {
      title: 'Slik søker du Fritidskortet',
      published: '2026-11-16 09:30',
      summary: 'Med Fritidskortet får barn og unge mellom 6 og 18 år inntil 2 000 kroner i halvåret til fritidsaktiviteter. Slik søker du.',
      image: 'prikkmonster',
      decorative: true,
      body: [
        'Fritidskortet kan brukes til kontingent for idrett, kulturskole, kurs og mange av arrangementene på Appelsinia.',
        'Foresatte søker på [kommunens nettsider](https://www.skien.kommune.no/fritidskortet/) med BankID. Pengene kommer på kortet i løpet av noen dager.',
        '!info Fritidskortet kan ikke brukes til utstyr eller klær.',
      ],
    },
  ],
  ibsenbiblioteket: [
    {
      title: 'Nå kan du låne symaskin og verktøy',
      published: '2026-10-05 10:00',
      summary: 'Ibsenbiblioteket låner ut mer enn bøker: symaskiner, drill, stikksag og friluftsutstyr kan lånes gratis med bibliotekkortet.',
      image: 'geometriske-blokker',
      body: [
        'Biblioteket har fått en egen utlånssentral i kjelleren. Der kan du låne alt fra symaskin og overlock til telt, sovepose og truger.',
        'Lånetiden er én uke. Utstyret reserveres i katalogen akkurat som en bok.',
      ],
    },
    {
      title: 'Meråpent utvides til sju dager i uka',
      published: '2026-10-26 08:00',
      summary: 'Fra 1. november er biblioteket meråpent fra 07 til 22 alle dager, også søndag. Du trenger bibliotekkort og PIN-kode.',
      image: 'fullmaane',
      body: [
        'Etter et år med prøvedrift på hverdager utvides meråpent til helgene. Lesesalen og grupperommene kan brukes hele tiden.',
        'Les mer om [meråpent bibliotek](page:meraapent-bibliotek), og hvordan du får tilgang.',
      ],
    },
    {
      title: 'Bibliotekarene anbefaler: årets julebøker',
      published: '2026-11-12 13:00',
      summary: 'Fra bildebøker om nisser til tykke familieromaner: her er bibliotekarenes favoritter til deg som vil gi, eller få, en bok til jul.',
      image: 'bokstabel',
      body: [
        'Vi har valgt ut ti bøker for barn, ti for ungdom og ti for voksne. Alle står på en egen hylle i første etasje, og kan lånes med en gang.',
        '@image:bokrygger',
        'Vil du ha flere tips? Kom på [julequizen](event:julequiz-i-biblioteket), der halve premiebordet er bøker.',
      ],
    },
    {
      title: 'Ibsen-samlingen er digitalisert',
      published: '2026-11-25 10:00',
      summary: 'Over fire tusen brev, plakater og fotografier fra bibliotekets Ibsen-samling er nå digitalisert og kan ses på nett.',
      image: 'blekk-og-penn',
      body: [
        'Digitaliseringen er gjort sammen med Nasjonalbiblioteket og har tatt to år. Alt materialet er søkbart, og brevene er transkribert.',
        'Originalene kan fortsatt ses i lesesalen etter avtale med lokalhistorisk avdeling.',
        'Se samlingen på [nb.no](https://www.nb.no/).',
      ],
    },
  ],
};

/** A draft-only article, written but not yet published: it tests preview. */
export const DRAFT_ARTICLE: { site: SiteSlug; seed: ArticleSeed } = {
  site: 'ibsenbiblioteket',
  seed: {
    title: 'Nye åpningstider fra februar',
    published: '2026-12-15 09:00',
    summary: 'Fra 1. februar holder biblioteket betjent åpent til 20 på torsdager. Meråpent er som før fra 07 til 22.',
    image: 'bokrygger',
    body: [
      'Mange har ønsket seg lengre betjent åpningstid på kvelden. Fra februar prøver vi ut torsdagsåpent til klokka 20.',
      'Se [åpningstider og kontakt](page:apningstider-og-kontakt).',
    ],
  },
};
