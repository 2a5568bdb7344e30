/** Colours come from the theme: a campaign picks one of its site theme's accents, never a free colour. */
import type { Rule } from '../types.ts';
import { hasText, quote, refOf } from '../values.ts';

export const campaignAccentFromTheme: Rule = {
  id: 'campaign.accentFromTheme',
  severity: 'error',
  appliesTo: ['campaign'],
  description: 'En kampanjes aksentfarge er en av aksentfargene i nettstedets tema.',
  async check(document, context) {
    const accent = document.accent;
    if (typeof accent !== 'string' || !hasText(accent)) return [];
    const siteId = refOf(document.site);
    if (siteId === undefined) return [];
    const allowed = await context.accentsForSite(siteId);
    if (allowed === undefined || allowed.includes(accent)) return [];
    return [
      {
        field: 'accent',
        message: `Aksentfargen ${quote(accent)} finnes ikke i nettstedets tema. Velg en av disse: ${allowed.join(', ')}.`,
      },
    ];
  },
};
