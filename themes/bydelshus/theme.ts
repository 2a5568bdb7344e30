// Bydelshus — the community houses: warm and friendly. Deep green and sunflower yellow on a
// warm off-white, rounded Nunito, soft pill-shaped buttons.
import { defineTheme } from '../types.ts';

export default defineTheme({
  name: 'bydelshus',
  extends: 'base',
  label: 'Bydelshus',
  colors: {
    background: '#fffcf5',
    surface: '#f8f0dc',
    text: '#2a2720',
    textMuted: '#5b5446',
    heading: '#1f4a2b',
    border: '#e6dcc3',
    borderStrong: '#857a62',
    primary: '#2c6a3a',
    primaryHover: '#21532d',
    onPrimary: '#ffffff',
    link: '#25603a',
    linkHover: '#173f25',
    focus: '#b24a00',
    footer: '#1f4a2b',
    onFooter: '#fff6da',
    alertInfo: '#e4f0e6',
    onAlertInfo: '#173f25',
    statusRescheduled: '#e4f0e6',
    onStatusRescheduled: '#173f25',
  },
  accents: {
    fjord: { background: '#1f5a85', text: '#ffffff' },
    skog: { background: '#2c6a3a', text: '#ffffff' },
    solsikke: { background: '#f6c22b', text: '#2a2310', label: 'Solsikke' },
    kveld: { background: '#3a2f5b', text: '#fff6da', label: 'Kveld' },
  },
  fonts: {
    body: { family: 'Nunito', fontsource: '@fontsource/nunito', weights: [400, 700] },
    heading: { family: 'Nunito', fontsource: '@fontsource/nunito', weights: [800] },
  },
  logo: 'logo.svg',
  radius: '16px',
  radiusControl: '999px',
  spacing: { l: '1.75rem', xl: '3rem', xxl: '4.5rem' },
  card: {
    layout: 'frame',
    background: '#fffcf5',
    text: '#1f4a2b',
    textMuted: '#5b5446',
    band: '#f6c22b',
    onBand: '#2a2310',
  },
  layout: { hero: 'photo', sections: ['audiences', 'events', 'campaigns', 'about', 'news'], cards: 'soft', typeScale: 1.22, shape: 'round' },
});
