import type { SiteSlug, ThemeName } from './types.ts';

export type NavSeed = { label: string; page: string } | { label: string; url: string };

export interface SiteSeed {
  slug: string;
  title: string;
  theme: ThemeName;
  tagline: string;
  email: string;
  phone: string;
  /** Visiting address, the same shape as a venue's. */
  address: { street: string; postalCode: string; city: string };
  social: ReadonlyArray<{ platform: string; url: string }>;
  shareImage: string;
  navigation: readonly NavSeed[];
  /** Opening hours as lines for the contact page, e.g. "Mandag–fredag: 08.00–22.00". */
  openingHours: readonly string[];
  /** The venue the site's own events usually happen in. */
  homeVenue: string;
}

export const BASE_SITES: Record<SiteSlug, SiteSeed> = {
  bydelshus: {
    slug: 'bydelshus',
    title: 'Bydelshus i Skien',
    theme: 'bydelshus',
    tagline: 'Møteplasser for alle i nabolaget',
    email: 'bydelshus@skien.kommune.no',
    phone: '+47 35 58 10 00',
    address: { street: 'Rødmyrlia 12', postalCode: '3735', city: 'Skien' },
    social: [
      { platform: 'facebook', url: 'https://www.facebook.com/bydelshusiskien' },
      { platform: 'instagram', url: 'https://www.instagram.com/bydelshusiskien/' },
    ],
    shareImage: 'huset-i-skumring',
    navigation: [
      { label: 'Om bydelshusene', page: 'om-oss' },
      { label: 'Lei lokale', page: 'lei-lokale' },
      { label: 'Åpningstider og kontakt', page: 'apningstider-og-kontakt' },
      { label: 'Skien kommune', url: 'https://www.skien.kommune.no/' },
    ],
    openingHours: [
      'Mandag–torsdag: 09.00–21.00',
      'Fredag: 09.00–16.00',
      'Lørdag og søndag: åpent ved arrangementer',
      'Skolens ferier: 10.00–15.00',
    ],
    homeVenue: 'gulset-bydelshus',
  },
  appelsinia: {
    slug: 'appelsinia',
    title: 'Appelsinia',
    theme: 'appelsinia',
    tagline: 'Kulturhuset for unge i Skien',
    email: 'post@appelsinia.no',
    phone: '+47 35 58 16 40',
    address: { street: 'Lundegata 9', postalCode: '3724', city: 'Skien' },
    social: [
      { platform: 'instagram', url: 'https://www.instagram.com/appelsinia/' },
      { platform: 'tiktok', url: 'https://www.tiktok.com/@appelsinia' },
      { platform: 'facebook', url: 'https://www.facebook.com/appelsinia' },
    ],
    shareImage: 'appelsin',
    navigation: [
      { label: 'Om Appelsinia', page: 'om-oss' },
      { label: 'Øvingsrom og studio', page: 'ovingsrom-og-studio' },
      { label: 'For foresatte', page: 'for-foresatte' },
      { label: 'Åpningstider', page: 'apningstider-og-kontakt' },
    ],
    openingHours: [
      'Mandag: stengt',
      'Tirsdag–torsdag: 14.00–21.00',
      'Fredag: 14.00–23.00',
      'Lørdag: 12.00–18.00',
    ],
    homeVenue: 'appelsinia',
  },
  ibsenbiblioteket: {
    slug: 'ibsenbiblioteket',
    title: 'Ibsenbiblioteket',
    theme: 'ibsenbiblioteket',
    tagline: 'Bøker, kunnskap og møteplass midt i Skien',
    email: 'ibsenbiblioteket@skien.kommune.no',
    phone: '+47 35 58 15 60',
    address: { street: 'Henrik Ibsens gate 4', postalCode: '3724', city: 'Skien' },
    social: [
      { platform: 'facebook', url: 'https://www.facebook.com/ibsenbiblioteket' },
      { platform: 'instagram', url: 'https://www.instagram.com/ibsenbiblioteket/' },
      { platform: 'youtube', url: 'https://www.youtube.com/@ibsenbiblioteket' },
    ],
    shareImage: 'bokrygger',
    navigation: [
      { label: 'Om biblioteket', page: 'om-oss' },
      { label: 'Meråpent bibliotek', page: 'meraapent-bibliotek' },
      { label: 'Åpningstider og kontakt', page: 'apningstider-og-kontakt' },
      { label: 'Søk i katalogen', url: 'https://skien.bib.no/' },
    ],
    openingHours: [
      'Mandag–torsdag: 10.00–19.00',
      'Fredag: 10.00–16.00',
      'Lørdag: 11.00–15.00',
      'Meråpent alle dager: 07.00–22.00',
    ],
    homeVenue: 'ibsenbiblioteket',
  },
};

/** Areas for the extra sites scale mode invents; all are real parts of Skien. */
export const EXTRA_SITE_AREAS: readonly string[] = [
  'Kjørbekk', 'Solum', 'Gimsøy', 'Mælum', 'Luksefjell', 'Melum', 'Sneltvedt', 'Rising', 'Fjellet', 'Nenset',
  'Århus', 'Venstøp', 'Limi', 'Valebø', 'Hoppestad', 'Falkum', 'Klyve', 'Bøle', 'Skotfoss', 'Gulset',
];
