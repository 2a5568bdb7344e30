import { defineSite } from '../../shared/config/define-site.ts';

export default defineSite({
  slug: 'appelsinia',
  url: 'https://appelsinia.skien.kommune.no',
  theme: 'appelsinia',
  uustatusUrl: 'https://www.uustatus.no/nb/erklaringer/publisert/skien-kommune-appelsinia',
  // The audience entrances offered on the home page, in this order.
  audiences: ['unge', { audience: 'foresatte', page: 'for-foresatte' }],
});
