/**
 * The alert banner's markup as one string between two markers, the same for the build (the
 * layout inserts it with set:html) and for the pass that brings every page's banner up to date
 * without rendering the page again (shared/serving/alert-banners.ts): after an incremental build,
 * whose cached pages carry the banner of when they were rendered, and on the server the moment an
 * alert is published. Because both use this function, a page whose banner was replaced is byte
 * for byte the page a clean build renders (the differential test checks it).
 *
 * <alert-banner> (shared/elements/alert-banner.ts) keeps the markup current on an open page.
 */
import type { AlertItem } from '../content/site-alerts.ts';
import { severityOf, type AlertWords } from '../elements/alert-list.ts';
import { fill } from '../i18n/dictionary.ts';
import { safeUrl } from './safe-url.ts';

export const BANNER_START = '<!--fasett:alerts-->';
export const BANNER_END = '<!--/fasett:alerts-->';

const text = (value: string | null | undefined) =>
  (value ?? '').replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The banner for the active alerts (activeAlertsAt: in window, most severe first), markers included, in the site's words. */
export function alertBannerHtml(alerts: readonly AlertItem[], words: AlertWords): string {
  const items = alerts.map((alert) => {
    const severity = severityOf(alert.severity);
    const link = safeUrl(alert.link);
    const attributes = [
      `class="alert alert--${severity}"`,
      // Only a critical alert is read out at once.
      severity === 'critical' ? 'role="alert"' : '',
      `data-alert-id="${text(alert._id)}"`,
      alert.startsAt ? `data-starts-at="${text(alert.startsAt)}"` : '',
      alert.endsAt ? `data-ends-at="${text(alert.endsAt)}"` : '',
    ].filter(Boolean);
    const more = link ? ` <a href="${text(link)}">${text(words.readMore)}<span class="visually-hidden">${text(fill(words.about, { title: alert.title }))}</span></a>` : '';
    return (
      `<div ${attributes.join(' ')}><div class="wrap"><p>` +
      `<span class="alert__title">${text(words[severity])}: ${text(alert.title)}</span> ${text(alert.message)}${more}` +
      `</p></div></div>`
    );
  });
  const landmark = items.length ? ` role="region" aria-label="${text(words.region)}"` : '';
  return `${BANNER_START}<div class="alerts" data-alerts${landmark}>${items.join('')}</div>${BANNER_END}`;
}
