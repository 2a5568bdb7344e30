import { defineSite } from '../../shared/config/define-site.ts';

export default defineSite({
  slug: 'bydelshus',
  url: 'https://bydelshus.skien.kommune.no',
  theme: 'bydelshus',
  uustatusUrl: 'https://www.uustatus.no/nb/erklaringer/publisert/skien-kommune-bydelshus',
  // The audience entrances offered on the home page, in this order.
  audiences: ['barn', 'foresatte', 'unge', 'voksne', 'eldre', 'nye-innbyggere', 'naeringsliv'],
});
