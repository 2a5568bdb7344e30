import type { BlockSource } from '../portable-text.ts';
import type { SiteSeed } from './sites.ts';
import type { SiteSlug } from './types.ts';

export interface PageSeed {
  slug: string;
  title: string;
  audiences: string[];
  body: BlockSource[];
  seoDescription: string;
  /** Artwork for seo.shareImage; the site's share image when left out. */
  shareImage?: string;
}

/** Editorial pages written for each base site (the home page intro, about, and one of their own). */
const OWN_PAGES: Record<SiteSlug, PageSeed[]> = {
  bydelshus: [
    {
      slug: 'index',
      title: 'Velkommen til bydelshusene i Skien',
      audiences: ['barn', 'foresatte', 'voksne', 'eldre', 'nye-innbyggere'],
      seoDescription: 'Bydelshusene på Gulset, Klyve, Hoppestad, Falkum, Bøle og Skotfoss er åpne møteplasser med aktiviteter for alle aldre.',
      shareImage: 'huset-i-skumring',
      body: [
        'Bydelshusene er stuene våre i nabolaget. Her kan du gå på babysang, strikkekafé eller språkkafé, få hjelp med mobilen, låne et lokale til bursdagen eller bare ta en kopp kaffe.',
        'Alt vi arrangerer, er åpent for alle, og det meste er gratis. Finner du ikke det du leter etter? Kanskje du vil starte noe selv. [Ta kontakt](page:apningstider-og-kontakt), så hjelper vi deg i gang.',
      ],
    },
    {
      slug: 'om-oss',
      title: 'Om bydelshusene',
      audiences: ['voksne', 'nye-innbyggere', 'naeringsliv'],
      seoDescription: 'Skien kommune driver seks bydelshus sammen med lag, foreninger og frivillige. Les om hvem vi er og hvordan du kan bidra.',
      body: [
        'Skien kommune driver seks bydelshus: på Gulset, Klyve, Hoppestad, Falkum, Bøle og Skotfoss. Husene drives sammen med velforeninger, idrettslag, kor og mange frivillige.',
        '## Hva vi gjør',
        '- Faste aktiviteter for barn, ungdom, voksne og eldre\n- Lokaler til lag, foreninger og private selskap\n- Digital hjelp og veiledning\n- Språkkafé og møteplasser for nye innbyggere',
        '## Bli frivillig',
        'Vi trenger flere som vil lede språkkafé, stå i kafeen eller hjelpe til på arrangementer. Send en e-post til [bydelshus@skien.kommune.no](mailto:bydelshus@skien.kommune.no), eller kom innom.',
      ],
    },
    {
      slug: 'lei-lokale',
      title: 'Lei lokale i bydelshusene',
      audiences: ['voksne', 'naeringsliv', 'foresatte'],
      seoDescription: 'Lei sal, møterom eller kjøkken i bydelshusene til selskap, møter og kurs. Lag og foreninger låner gratis på hverdager.',
      shareImage: 'geometriske-blokker',
      body: [
        'Alle bydelshusene har sal med kjøkken, og de fleste har også møterom. Lokalene kan leies til bursdager, minnestunder, kurs og møter.',
        '## Priser',
        '- Lag og foreninger i Skien: gratis på hverdager\n- Privatpersoner: 1 200 kroner per dag for sal med kjøkken\n- Bedrifter: 2 500 kroner per dag, møterom 600 kroner',
        '!info Lokalene kan ikke leies til arrangementer med alkoholservering uten skjenkebevilling.',
        'Book lokale i [kommunens bookingsystem](https://www.skien.kommune.no/booking/), eller ring oss på [35 58 10 00](tel:+4735581000).',
      ],
    },
  ],
  appelsinia: [
    {
      slug: 'index',
      title: 'Appelsinia: ditt kulturhus',
      audiences: ['unge', 'foresatte'],
      seoDescription: 'Appelsinia er kulturhuset for unge mellom 13 og 20 år i Skien: konserter, øvingsrom, studio, kurs og et sted å henge.',
      shareImage: 'appelsin',
      body: [
        'Appelsinia er huset ditt hvis du er mellom 13 og 20 år. Her kan du øve med bandet, spille inn låter, gå på konsert, lære å danse eller bare henge i kafeen med vennene dine.',
        'Alt er rusfritt, og det meste er gratis. Har du en idé til noe du vil lage? Snakk med en av oss, så finner vi ut av det sammen.',
      ],
    },
    {
      slug: 'om-oss',
      title: 'Om Appelsinia',
      audiences: ['unge', 'foresatte', 'voksne'],
      seoDescription: 'Appelsinia drives av Skien kommune sammen med ungdommene selv. Les om hvordan huset styres og hvem som jobber her.',
      body: [
        'Appelsinia åpnet i 2009 i det gamle fruktlageret i Lundegata, derav navnet. I dag er huset Skiens kulturhus for ungdom.',
        'Et husstyre med ungdommer bestemmer mye av programmet, og de ansatte er musikere, dansere, produsenter og ungdomsarbeidere.',
        '## Trygt for alle',
        'Appelsinia er rusfritt. Vi har alltid voksne på jobb, og alle ansatte har politiattest.',
      ],
    },
    {
      slug: 'ovingsrom-og-studio',
      title: 'Øvingsrom og studio',
      audiences: ['unge'],
      seoDescription: 'Lei øvingsrom for bandet eller spill inn i studioet på Appelsinia. Gratis for unge mellom 13 og 20 år.',
      shareImage: 'lydspor',
      body: [
        'Appelsinia har fire øvingsrom med trommesett, forsterkere og PA, og et innspillingsstudio med produsent til stede.',
        '## Slik booker du',
        '- Øvingsrom: fast tid hver uke, søk i kafeen eller på e-post\n- Studio: book tre timer av gangen, maks to ganger i måneden\n- Alt er gratis for deg mellom 13 og 20 år',
        'Har du ikke spilt i band før? Kom på Åpen scene og møt andre som vil spille. Datoene står på [Instagram-kontoen vår](https://www.instagram.com/appelsinia/).',
      ],
    },
    {
      slug: 'for-foresatte',
      title: 'For foresatte',
      audiences: ['foresatte'],
      seoDescription: 'Informasjon til foresatte om Appelsinia: trygghet, rusfrihet, samtykke til overnatting og hvem du kan kontakte.',
      body: [
        'Vi vet at det er trygt å vite hvor ungdommen er. Appelsinia er et rusfritt hus med voksne til stede i hele åpningstiden.',
        '## Samtykke',
        'Til arrangementer med overnatting, som LAN, må ungdom under 15 år ha skriftlig samtykke fra foresatte. Skjemaet får du i kafeen eller på e-post.',
        '## Kontakt',
        'Du kan alltid ringe oss på [35 58 16 40](tel:+4735581640) når huset er åpent.',
      ],
    },
  ],
  ibsenbiblioteket: [
    {
      slug: 'index',
      title: 'Velkommen til Ibsenbiblioteket',
      audiences: ['voksne', 'barn', 'foresatte', 'eldre', 'unge', 'nye-innbyggere'],
      seoDescription: 'Ibsenbiblioteket er folkebiblioteket i Skien: lån bøker, lydbøker og filmer, les aviser, bruk PC-er og kom på arrangementer.',
      shareImage: 'bokrygger',
      body: [
        'Ibsenbiblioteket er byens felles stue, midt i Skien sentrum. Her kan du låne bøker, lydbøker, filmer og spill, lese aviser, skrive ut og jobbe i ro.',
        'Med bibliotekkortet kan du bruke biblioteket fra sju om morgenen til ti om kvelden, hver dag. Les om [meråpent bibliotek](page:meraapent-bibliotek).',
      ],
    },
    {
      slug: 'om-oss',
      title: 'Om biblioteket',
      audiences: ['voksne', 'nye-innbyggere'],
      seoDescription: 'Ibsenbiblioteket er Skiens hovedbibliotek. Les om samlingene, tjenestene og biblioteket som møteplass.',
      body: [
        'Ibsenbiblioteket er hovedbiblioteket i Skien og har rundt 120 000 bøker, filmer og spill. Biblioteket har også en lokalhistorisk samling om Skien og Henrik Ibsen.',
        '## Tjenester',
        '- Lån og fornyelse av bøker, lydbøker, filmer og spill\n- Skrivere, skannere og PC-er\n- Digital veiledning og hjelp til å finne informasjon\n- Grupperom som kan bookes gratis',
        'Alle kan få bibliotekkort, det er gratis. Ta med legitimasjon.',
      ],
    },
    {
      slug: 'meraapent-bibliotek',
      title: 'Meråpent bibliotek',
      audiences: ['voksne', 'unge', 'nye-innbyggere'],
      seoDescription: 'Bruk Ibsenbiblioteket fra klokka 07 til 22 alle dager med bibliotekkort og PIN-kode, også når det ikke er betjent.',
      shareImage: 'fullmaane',
      body: [
        'Med meråpent kan du bruke biblioteket alle dager fra klokka 07 til 22, også når det ikke er ansatte på jobb. Du låser deg inn med bibliotekkortet og PIN-koden din.',
        '## Slik får du tilgang',
        '- Du må ha fylt 15 år\n- Registrer deg i skranken og skriv under på reglene\n- Bli med på en kort omvisning første gang',
        '!warning Det er kameraovervåking i inngangen når biblioteket er ubetjent. Barn under 15 år kan være i biblioteket sammen med en voksen med tilgang.',
      ],
    },
  ],
};

export function ownPages(site: SiteSlug): readonly PageSeed[] {
  return OWN_PAGES[site];
}

export function contactPage(site: SiteSeed): PageSeed {
  const tel = site.phone.replace(/\s+/g, '');
  const spoken = site.phone.replace(/^\+47\s*/, '');
  return {
    slug: 'apningstider-og-kontakt',
    title: 'Åpningstider og kontakt',
    audiences: ['voksne', 'eldre', 'nye-innbyggere'],
    seoDescription: `Åpningstider, adresse, telefon og e-post for ${site.title}.`,
    body: [
      '## Åpningstider',
      site.openingHours.map((line) => `- ${line}`).join('\n'),
      'I juli og på helligdager kan åpningstidene være andre. Vi varsler endringer øverst på siden.',
      '## Kontakt',
      `Ring [${spoken}](tel:${tel}) eller send e-post til [${site.email}](mailto:${site.email}). Vi svarer på e-post innen to virkedager.`,
      '## Adresse',
      `${site.address.street}, ${site.address.postalCode} ${site.address.city}`,
    ],
  };
}

/**
 * An accessibility statement as the Norwegian rules ask for it: which standard applies,
 * the known barriers, how to report one, and where to complain.
 */
export function accessibilityPage(site: SiteSeed, updatedText: string): PageSeed {
  return {
    slug: 'tilgjengelighetserklaering',
    title: 'Tilgjengelighetserklæring',
    audiences: ['voksne', 'eldre'],
    seoDescription: `Tilgjengelighetserklæring for nettstedet til ${site.title}: status, kjente avvik og hvordan du melder fra om hindringer.`,
    body: [
      `Skien kommune er ansvarlig for nettstedet til ${site.title}. Nettstedet skal være universelt utformet, slik at alle kan bruke det, uansett funksjonsevne.`,
      '## Regelverk',
      'Etter forskrift om universell utforming av IKT-løsninger skal nettstedet oppfylle kravene i WCAG 2.1 på nivå A og AA. Erklæringen er laget med Digitaliseringsdirektoratets løsning og er publisert på [uustatus.no](https://uustatus.no/).',
      '## Kjente avvik',
      '- Noen eldre PDF-dokumenter fra arrangører er ikke universelt utformet\n- Enkelte videoer publisert før 2025 mangler teksting\n- Bilder fra eksterne arrangører kan ha mangelfulle alternative tekster',
      'Vi retter avvikene fortløpende og går gjennom nettstedet hvert halvår.',
      '## Meld fra om hindringer',
      `Opplever du noe som ikke fungerer for deg? Send e-post til [${site.email}](mailto:${site.email}) og fortell hvilken side det gjelder. Vi svarer innen fem virkedager.`,
      '## Klage',
      'Er du ikke fornøyd med svaret, kan du melde fra til Tilsynet for universell utforming av ikt, som er en del av Digitaliseringsdirektoratet. Se [uustatus.no](https://uustatus.no/).',
      `Erklæringen ble sist oppdatert ${updatedText}.`,
    ],
  };
}

/** Home and about pages for the extra sites scale mode invents. */
export function genericPages(site: SiteSeed, area: string): PageSeed[] {
  return [
    {
      slug: 'index',
      title: `Velkommen til ${site.title}`,
      audiences: ['barn', 'foresatte', 'voksne', 'eldre'],
      seoDescription: `${site.title} er møteplassen for alle som bor på ${area}, med aktiviteter for alle aldre.`,
      body: [
        `${site.title} er et åpent hus for alle som bor på ${area}. Her finner du aktiviteter for barn, unge, voksne og eldre, og lokaler lag og foreninger kan bruke.`,
        'Se hva som skjer, eller [ta kontakt](page:apningstider-og-kontakt) hvis du vil lage et arrangement selv.',
      ],
    },
    {
      slug: 'om-oss',
      title: `Om ${site.title}`,
      audiences: ['voksne', 'nye-innbyggere'],
      seoDescription: `Om ${site.title}: hvem som driver huset, og hvordan du kan bidra som frivillig.`,
      body: [
        `${site.title} drives av Skien kommune sammen med velforeningen og frivillige på ${area}.`,
        'Vil du bidra? Vi trenger frivillige i kafeen, på leksehjelpen og på arrangementer.',
      ],
    },
  ];
}
