// Appelsinia — the youth culture house: loud and confident. Orange buttons with deep purple
// text, purple headings in Space Grotesk, square corners.
import { defineTheme } from '../types.ts';

export default defineTheme({
  name: 'appelsinia',
  extends: 'base',
  label: 'Appelsinia',
  colors: {
    background: '#ffffff',
    surface: '#fff1e6',
    text: '#1f1030',
    textMuted: '#574a66',
    heading: '#3f1266',
    border: '#efd9c8',
    borderStrong: '#7a6a8a',
    // Deep enough to stand 3:1 against the page as a button, light enough for purple text.
    primary: '#e86100',
    primaryHover: '#dd5a00',
    onPrimary: '#240a3a',
    link: '#6b1fa3',
    linkHover: '#3f1266',
    focus: '#6b1fa3',
    footer: '#240a3a',
    onFooter: '#ffffff',
    alertInfo: '#efe6fa',
    onAlertInfo: '#3f1266',
    statusRescheduled: '#efe6fa',
    onStatusRescheduled: '#3f1266',
    statusSoldOut: '#240a3a',
  },
  accents: {
    fjord: { background: '#0f5e8c', text: '#ffffff' },
    skog: { background: '#1b6b3e', text: '#ffffff' },
    appelsin: { background: '#ff7a1a', text: '#240a3a', label: 'Appelsin' },
    lilla: { background: '#5a1a8c', text: '#ffffff', label: 'Lilla' },
  },
  fonts: {
    body: { family: 'Noto Sans', fontsource: '@fontsource/noto-sans', weights: [400, 700] },
    heading: { family: 'Space Grotesk', fontsource: '@fontsource/space-grotesk', weights: [700] },
  },
  logo: 'logo.svg',
  radius: '0',
  radiusControl: '0',
  card: {
    layout: 'split',
    background: '#ffffff',
    text: '#240a3a',
    textMuted: '#574a66',
    band: '#5a1a8c',
    onBand: '#ffffff',
  },
  layout: { hero: 'featured', sections: ['events', 'campaigns', 'audiences', 'news', 'about'], cards: 'poster', typeScale: 1.36, shape: 'square' },
});
