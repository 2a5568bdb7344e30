/** The words of the site being rendered, in its language (config `locale`): what components and pages say. */
import { currentSiteData } from '../content/site-data.ts';
import { wordsFor, type Dictionary } from '../i18n/index.ts';

export async function siteWords(): Promise<Dictionary> {
  return wordsFor((await currentSiteData()).config.locale);
}
