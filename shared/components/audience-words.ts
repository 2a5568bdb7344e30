/**
 * How each audience is addressed on its entrance: the link on the home page ("For deg som
 * er ung"), the page heading and one line on what is there. Audiences are content; an
 * unknown one gets plain words from its title.
 */
export interface AudienceWords {
  link: string;
  heading: string;
  intro: string;
}

const known: Record<string, AudienceWords> = {
  unge: {
    link: 'For deg som er ung',
    heading: 'For unge',
    intro: 'Konserter, kurs, steder å være og tjenester for deg som er ung.',
  },
  foresatte: {
    link: 'For deg som er forelder',
    heading: 'For foreldre og foresatte',
    intro: 'Det som skjer for hele familien, og tjenester for deg som har barn.',
  },
  eldre: {
    link: 'For deg som er senior',
    heading: 'For seniorer',
    intro: 'Møteplasser, arrangementer og tjenester for deg som er senior.',
  },
  barn: {
    link: 'For barn',
    heading: 'For barn',
    intro: 'Forestillinger, verksteder og aktiviteter for barn.',
  },
  voksne: {
    link: 'For deg som er voksen',
    heading: 'For voksne',
    intro: 'Foredrag, kurs, konserter og tjenester for voksne.',
  },
  'nye-innbyggere': {
    link: 'For deg som er ny i Skien',
    heading: 'For nye innbyggere',
    intro: 'Møteplasser, språktilbud og tjenester som hjelper deg i gang.',
  },
  naeringsliv: {
    link: 'For næringslivet',
    heading: 'For næringslivet',
    intro: 'Lokaler, bevillinger og tjenester for bedrifter og foreninger.',
  },
};

export function audienceWords(slug: string, title: string): AudienceWords {
  const lower = title.toLowerCase();
  return known[slug] ?? { link: `For ${lower}`, heading: `For ${lower}`, intro: `Arrangementer, sider og tjenester for ${lower}.` };
}

/** The order entrances are offered in: the groups the survey names first. */
export function byAudienceOrder(a: string, b: string): number {
  const order = Object.keys(known);
  const rank = (slug: string) => (order.includes(slug) ? order.indexOf(slug) : order.length);
  return rank(a) - rank(b);
}
