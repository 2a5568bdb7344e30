import { site } from './site.ts';
import { event } from './event.ts';
import { venue } from './venue.ts';
import { category } from './category.ts';
import { audience } from './audience.ts';
import { campaign } from './campaign.ts';
import { page } from './page.ts';
import { article } from './article.ts';
import { alert } from './alert.ts';
import { serviceLink } from './serviceLink.ts';
import { crossListing } from './crossListing.ts';
import { portableText } from './portableText.ts';
import { callout } from './callout.ts';
import { passage } from './passage.ts';
import { noticeText } from './noticeText.ts';
import { eventChange } from './eventChange.ts';
import { navItem } from './navItem.ts';
import { price } from './price.ts';
import { address } from './address.ts';
import { accessibility } from './accessibility.ts';
import { ageRange } from './ageRange.ts';
import { hero } from './hero.ts';
import { cta } from './cta.ts';
import { seo } from './seo.ts';
import { contact } from './contact.ts';
import { socialLink } from './socialLink.ts';
import { eventFilter } from './eventFilter.ts';

/** Document types, in the order the content model lists them. */
export const documentTypes = [site, event, venue, category, audience, campaign, page, article, alert, serviceLink, crossListing];

/** Object types used inside documents. Images are `image` fields (see imageWithAlt.ts), not a named type. */
const objectTypes = [
  portableText,
  noticeText,
  callout,
  passage,
  eventChange,
  navItem,
  price,
  address,
  accessibility,
  ageRange,
  hero,
  cta,
  seo,
  contact,
  socialLink,
  eventFilter,
];

export const schemaTypes = [...documentTypes, ...objectTypes];
