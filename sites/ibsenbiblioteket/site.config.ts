import { defineSite } from '../../shared/config/define-site.ts';

export default defineSite({
  slug: 'ibsenbiblioteket',
  url: 'https://ibsenbiblioteket.skien.kommune.no',
  theme: 'ibsenbiblioteket',
  uustatusUrl: 'https://www.uustatus.no/nb/erklaringer/publisert/skien-kommune-ibsenbiblioteket',
  feedbackEmail: 'tilgjengelighet@skien.kommune.no',
});
