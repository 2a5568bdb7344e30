/**
 * <alert-banner src="/alerts.json" interval="30"> keeps the server-rendered alerts of an open
 * page current. It reads the site's alerts.json when the page loads, at once when the tab comes
 * back into view, and every `interval` seconds while it is open (at most 60) — a conditional
 * request each time, so an unchanged file costs a 304 (the server's alert fast path rewrites
 * the file the moment an alert is published: server/alert-feeds.ts). It compares
 * each alert's window with the browser's clock (or the `now` attribute, for tests), then
 * inserts a new alert in its place by severity and removes an ended one. Alerts that did not
 * change are never touched, so the page does not jump for them. A new critical alert is
 * role="alert"; a new lesser one is announced politely.
 *
 * Light DOM: the alerts are styled by the site's stylesheet, as the server-rendered ones.
 * What it says around an alert comes in the `words` attribute, in the site's language.
 */
import { LitElement, html, nothing, render } from 'lit';
import { activeAlerts, safeLink, severityOf, type AlertWords, type PublicAlert } from './alert-list.ts';

// The banner is on every page, and its script is to be the banner and Lit alone: its two
// templates have one slot each, filled here rather than by importing the dictionaries' `fill`
// (which the other islands share, and Vite would make a chunk of its own).
const say = (template: string, value: string | null) => template.replace(/\{\w+\}/, value ?? '');

export class AlertBanner extends LitElement {
  static override properties = {
    src: { type: String },
    interval: { type: Number },
    words: { type: Object },
    now: { type: String },
  };

  declare src: string;
  /** Seconds between reads of alerts.json; kept between 5 and 60 (default 30). */
  declare interval: number;
  /** The severity names, «Les mer» and the region's name, in the site's language (AlertBanner.astro). */
  declare words: AlertWords | undefined;
  /** A fixed clock (ISO time) for tests; the browser's clock otherwise. */
  declare now: string;

  private known?: PublicAlert[];
  private timer?: ReturnType<typeof setInterval>;

  constructor() {
    super();
    this.src = '/alerts.json';
    this.interval = 30;
    this.words = undefined;
    this.now = '';
  }

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisible);
    void this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisible);
    clearInterval(this.timer);
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (changed.has('interval')) {
      clearInterval(this.timer);
      const seconds = Math.min(60, Math.max(5, Number(this.interval) || 30));
      this.timer = setInterval(() => void this.refresh(), seconds * 1000);
    }
    if (changed.has('now') && changed.get('now') !== undefined) this.sync();
  }

  private onVisible = () => {
    if (document.visibilityState === 'visible') void this.refresh();
  };

  /** Reads alerts.json (skipped while the tab is hidden) and brings the banner up to date. */
  async refresh(): Promise<void> {
    if (document.visibilityState !== 'hidden') {
      try {
        // The server says max-age=0, so the browser revalidates its copy (If-None-Match → 304). The
        // default cache mode, mode and credentials match the page's <link rel="preload" as="fetch"
        // crossorigin>, so the first read is the preloaded response.
        const response = await fetch(this.src, { credentials: 'same-origin' });
        if (response.ok) {
          const body = (await response.json()) as { alerts?: PublicAlert[] };
          if (Array.isArray(body.alerts)) this.known = body.alerts;
        }
      } catch {
        // Offline or the file is being replaced: keep what we know, and still drop ended alerts.
      }
    }
    this.sync();
  }

  private get container() {
    return this.querySelector<HTMLElement>('[data-alerts]');
  }

  /** What we know without the file: the server-rendered alerts and their windows. */
  private fromPage(): PublicAlert[] {
    return [...(this.container?.querySelectorAll<HTMLElement>('[data-alert-id]') ?? [])].map((node) => ({
      id: node.dataset.alertId ?? '',
      title: null,
      message: null,
      severity: [...node.classList].find((c) => c.startsWith('alert--'))?.slice(7) ?? 'info',
      startsAt: node.dataset.startsAt ?? null,
      endsAt: node.dataset.endsAt ?? null,
      link: null,
    }));
  }

  private sync() {
    const container = this.container;
    const words = this.words;
    // Without its words it could only draw nameless alerts: the server's banner stays as it is.
    if (!container || !words) return;
    const at = this.now ? new Date(this.now) : new Date();
    const wanted = activeAlerts(this.known ?? this.fromPage(), at);
    const ids = new Set(wanted.map((a) => a.id));
    const nodes = new Map<string, HTMLElement>();
    for (const node of [...container.querySelectorAll<HTMLElement>(':scope > [data-alert-id]')]) {
      if (ids.has(node.dataset.alertId ?? '')) nodes.set(node.dataset.alertId!, node);
      else node.remove();
    }
    const added: PublicAlert[] = [];
    wanted.forEach((alert, i) => {
      let node = nodes.get(alert.id);
      if (!node) {
        node = alertNode(alert, words);
        added.push(alert);
      }
      if (container.children[i] !== node) container.insertBefore(node, container.children[i] ?? null);
    });
    if (container.children.length) {
      container.setAttribute('role', 'region');
      container.setAttribute('aria-label', words.region);
    } else {
      container.removeAttribute('role');
      container.removeAttribute('aria-label');
    }
    // A critical alert speaks for itself (role="alert"); the others are announced politely.
    const polite = added.filter((a) => severityOf(a.severity) !== 'critical');
    const status = this.querySelector('[data-alert-status]');
    if (status && polite.length) status.textContent = say(words.newAlert, polite.map((a) => a.title).join('. '));
  }

  override render() {
    return nothing;
  }
}

function alertNode(alert: PublicAlert, words: AlertWords): HTMLElement {
  const severity = severityOf(alert.severity);
  const link = safeLink(alert.link);
  const fragment = document.createDocumentFragment();
  render(
    html`<div class=${`alert alert--${severity}`} role=${severity === 'critical' ? 'alert' : nothing} data-alert-id=${alert.id}
      data-starts-at=${alert.startsAt ?? nothing} data-ends-at=${alert.endsAt ?? nothing}>
      <div class="wrap"><p><span class="alert__title">${words[severity]}: ${alert.title}</span> ${alert.message}${link
        ? html` <a href=${link}>${words.readMore}<span class="visually-hidden">${say(words.about, alert.title)}</span></a>`
        : nothing}</p></div>
    </div>`,
    fragment,
  );
  return fragment.firstElementChild as HTMLElement;
}

customElements.define('alert-banner', AlertBanner);

declare global {
  interface HTMLElementTagNameMap {
    'alert-banner': AlertBanner;
  }
}
