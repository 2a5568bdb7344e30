import { defineSite } from '../../shared/config/define-site.ts';

export default defineSite({
  slug: 'ibsenbiblioteket',
  url: 'https://ibsenbiblioteket.skien.kommune.no',
  theme: 'ibsenbiblioteket',
  uustatusUrl: 'https://www.uustatus.no/nb/erklaringer/publisert/skien-kommune-ibsenbiblioteket',
  // The audience entrances offered on the home page, in this order.
  audiences: ['barn', 'foresatte', 'unge', 'voksne', 'eldre', 'nye-innbyggere', 'naeringsliv'],
});
