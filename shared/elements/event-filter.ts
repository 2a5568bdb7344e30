/**
 * <event-filter src="/arrangementer/data.json" filter='{"category":"konsert"}' today="2026-12-01">
 * enhances the server-rendered event list. Without JavaScript the list is paginated and the
 * filters are links to prerendered facet pages; with it, the filter form (rendered by the
 * server, shown when scripting is on) filters in place and combines facets and a date
 * range. The address follows the filter (a facet page for one facet, a query string for
 * more), so it can be shared and the back button steps through earlier filters. The result
 * count is a polite status message. The events come from a small JSON file, fetched the
 * first time they are needed.
 *
 * Renders into its own light DOM so the site's stylesheet draws the cards exactly as the
 * server-rendered ones. What it says comes in the `words` attribute (ListWords, in the site's
 * language): the page carries its own language's words, and the script neither.
 */
import { LitElement, html, nothing, render, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import {
  filterEvents,
  isMonth,
  listHeading,
  monthLabel,
  osloDayOf,
  parseQuery,
  resultSummary,
  filterState,
  sameFilter,
  urlFor,
  type EventFilter,
  type FacetNames,
  type ListEvent,
  type ListWords,
} from './event-query.ts';
import { fill } from '../i18n/dictionary.ts';

interface ListData {
  today: string;
  siteTitle: string;
  names: { categories: Record<string, string>; audiences: Record<string, string>; venues: Record<string, string> };
  events: ListEvent[];
}

const RANGE = 'periode';

export class EventFilterElement extends LitElement {
  static override properties = {
    src: { type: String },
    filter: { type: Object },
    today: { type: String },
    pageSize: { type: Number, attribute: 'page-size' },
    siteTitle: { type: String, attribute: 'site-title' },
    words: { type: Object },
    now: { type: String },
  };

  declare src: string;
  /** The filter the server rendered this page for. */
  declare filter: EventFilter;
  /** The Oslo day the page was built on. */
  declare today: string;
  declare pageSize: number;
  declare siteTitle: string;
  /** What the list says, in the site's language (JSON from the server). */
  declare words: ListWords | undefined;
  /** A fixed clock for tests (ISO time); the browser's clock otherwise. */
  declare now: string;

  private data?: Promise<ListData>;
  private titles?: FacetNames;
  private current: EventFilter = {};
  private shown = 0;
  private clientRendered = false;

  constructor() {
    super();
    this.src = '/arrangementer/data.json';
    this.filter = {};
    this.today = '';
    this.pageSize = 24;
    this.siteTitle = '';
    this.words = undefined;
    this.now = '';
  }

  // Light DOM: the server's markup stays, and the site's CSS styles what is drawn here.
  protected override createRenderRoot() {
    return this;
  }

  private get form() {
    return this.querySelector<HTMLFormElement>('form[data-filter-form]');
  }

  private region<T extends Element = HTMLElement>(name: string) {
    return this.querySelector<T>(`[data-${name}]`);
  }

  private clock() {
    return this.now ? new Date(this.now) : new Date();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Without its words it could only speak blanks: the server's list and links stay as they are.
    if (!this.words) return;
    this.setAttribute('enhanced', '');
    this.current = { ...this.filter };
    const form = this.form;
    if (form) {
      form.addEventListener('change', this.onChange);
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        this.onChange();
      });
      this.region('reset')?.addEventListener('click', () => this.apply({}, { push: true }));
    }
    window.addEventListener('popstate', this.onPopState);
    history.replaceState({ ...history.state, filter: this.current }, '');
    this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  private async start() {
    const params = new URLSearchParams(location.search);
    const stalePreset = !!this.filter.when && !isMonth(this.filter.when) && osloDayOf(this.clock()) !== this.today;
    if ([...params.keys()].length === 0 && !stalePreset) return;
    // A shared link with a query, or a date preset prerendered on an earlier day: draw it here.
    const data = await this.load();
    const names = Object.values(data.names).map((n) => Object.keys(n));
    const { filter, ignored } = parseQuery(params, { categories: names[0]!, audiences: names[1]!, venues: names[2]! }, this.words!);
    const merged = { ...this.filter, ...filter };
    if (filter.from || filter.to) delete merged.when;
    this.note(ignored);
    this.writeForm(merged);
    await this.apply(merged, { replace: true });
  }

  private load(): Promise<ListData> {
    this.data ??= fetch(this.src, { credentials: 'same-origin' }).then(async (r) => {
      if (!r.ok) throw new Error(`${this.src}: ${r.status}`);
      const data = (await r.json()) as ListData;
      this.titles = this.names(data);
      return data;
    });
    this.data.catch(() => (this.data = undefined));
    return this.data;
  }

  private onChange = () => {
    const dates = this.region('dates');
    const when = this.form?.elements.namedItem('nar') as HTMLSelectElement | null;
    if (dates && when) dates.hidden = when.value !== RANGE;
    void this.apply(this.readForm(), { push: true, fromForm: true });
  };

  private onPopState = (event: PopStateEvent) => {
    const filter = (event.state?.filter as EventFilter | undefined) ?? this.filter;
    this.writeForm(filter);
    void this.apply(filter);
  };

  private readForm(): EventFilter {
    const form = this.form;
    if (!form) return {};
    const value = (name: string) => ((form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null)?.value ?? '').trim();
    const filter: EventFilter = {};
    const when = value('nar');
    if (when === RANGE) {
      const from = value('fra');
      const to = value('til');
      if (from) filter.from = from;
      if (to) filter.to = to;
      if (from && to && from > to) [filter.from, filter.to] = [to, from];
    } else if (when) filter.when = when;
    for (const [key, name] of [['category', 'kategori'], ['audience', 'for'], ['venue', 'sted']] as const) {
      const v = value(name);
      if (v) filter[key] = v;
    }
    if ((form.elements.namedItem('gratis') as HTMLInputElement | null)?.checked) filter.free = true;
    return filter;
  }

  private writeForm(filter: EventFilter) {
    const form = this.form;
    if (!form) return;
    const set = (name: string, value: string, label = value) => {
      const control = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
      if (!control) return;
      // A value the form does not offer (a month or category without events now) is added, so it shows as chosen.
      if (control instanceof HTMLSelectElement && value && ![...control.options].some((o) => o.value === value)) {
        control.add(new Option(label, value));
      }
      control.value = value;
    };
    const title = (kind: keyof FacetNames, slug = '') => this.titles?.[kind].get(slug) ?? slug;
    const range = !!(filter.from || filter.to);
    set('nar', range ? RANGE : (filter.when ?? ''), filter.when && isMonth(filter.when) ? monthLabel(filter.when, this.words!.locale) : filter.when);
    set('fra', filter.from ?? '');
    set('til', filter.to ?? '');
    set('kategori', filter.category ?? '', title('categories', filter.category));
    set('for', filter.audience ?? '', title('audiences', filter.audience));
    set('sted', filter.venue ?? '', title('venues', filter.venue));
    const free = form.elements.namedItem('gratis') as HTMLInputElement | null;
    if (free) free.checked = !!filter.free;
    const dates = this.region('dates');
    if (dates) dates.hidden = !range;
  }

  /**
   * Shows the list for a filter. `push`: a new history entry (the visitor changed something);
   * `replace`: this entry's address is corrected (a shared link); `fromForm`: the form already
   * shows it (rewriting it would, e.g., close the date fields the visitor just opened).
   */
  private async apply(filter: EventFilter, how: { push?: boolean; replace?: boolean; fromForm?: boolean } = {}) {
    if (!how.replace && sameFilter(filter, this.current)) return;
    this.current = filter;
    if (how.push) {
      if (!how.fromForm) this.writeForm(filter);
      this.note([]);
      history.pushState({ ...history.state, filter }, '', urlFor(filter));
    } else if (how.replace) {
      history.replaceState({ ...history.state, filter }, '', urlFor(filter));
    }
    const results = this.region('results');
    results?.setAttribute('aria-busy', 'true');
    let data: ListData;
    try {
      data = await this.load();
    } catch {
      this.status(this.words!.list.loadFailed);
      results?.removeAttribute('aria-busy');
      return;
    }
    // Another change may have come while the data was loading: draw only the newest.
    if (filter !== this.current) return;
    this.shown = this.pageSize;
    this.draw(data);
    results?.removeAttribute('aria-busy');
  }

  private names(data: ListData): FacetNames {
    return {
      categories: new Map(Object.entries(data.names.categories)),
      audiences: new Map(Object.entries(data.names.audiences)),
      venues: new Map(Object.entries(data.names.venues)),
    };
  }

  private draw(data: ListData, focusFrom?: number) {
    const results = this.region('results');
    if (!results) return;
    const now = this.clock();
    const today = osloDayOf(now);
    const upcoming = data.events.filter((e) => new Date(e.endsAt) >= now);
    const matching = filterEvents(upcoming, this.current, today);
    const names = this.names(data);
    const words = this.words!;
    const heading = listHeading(this.current, names, words);
    const h1 = this.region('heading');
    if (h1) h1.textContent = heading;
    document.title = `${heading} – ${this.siteTitle || data.siteTitle}`;
    this.status(resultSummary(matching.length, this.current, names, today, words));
    const state = this.region('filter-state');
    if (state) state.textContent = filterState(matching.length, this.current, names, words);
    // The server's list (and its page links) is replaced once; after that Lit keeps it.
    if (!this.clientRendered) {
      results.replaceChildren();
      this.clientRendered = true;
    }
    render(this.list(matching.slice(0, this.shown), matching.length), results);
    if (focusFrom !== undefined) results.querySelector<HTMLElement>(`[data-index="${focusFrom}"] a`)?.focus();
  }

  private status(text: string) {
    const count = this.region('count');
    if (count) count.textContent = text;
  }

  private note(ignored: string[]) {
    const note = this.region('note');
    if (!note) return;
    note.hidden = ignored.length === 0;
    note.textContent = ignored.length ? fill(this.words!.list.ignored, { list: ignored.join(', ') }) : '';
  }

  private more = async () => {
    const from = this.shown;
    this.shown += this.pageSize;
    this.draw(await this.load(), from);
  };

  private list(events: ListEvent[], total: number): TemplateResult {
    const words = this.words!;
    const w = words.list;
    if (total === 0) {
      return html`<div class="empty-state">
        <h2>${w.tryAnother}</h2>
        <p>${w.tryAnotherText}</p>
        <p class="actions">
          <button type="button" class="button" @click=${() => this.apply({}, { push: true })}>${w.showAll}</button>
          <a class="button button--secondary" href="/arrangementer/arkiv/">${w.seePast}</a>
        </p>
      </div>`;
    }
    const days = new Map<string, Array<[ListEvent, number]>>();
    events.forEach((event, i) => days.set(event.startDay, [...(days.get(event.startDay) ?? []), [event, i]]));
    return html`${[...days].map(
      ([day, list]) => html`<section class="section day-group" aria-labelledby=${`dag-${day}`}>
        <h2 id=${`dag-${day}`}>${list[0]![0].dayLabel}</h2>
        <ul class="card-grid">${list.map(([event, i]) => html`<li data-index=${i}>${card(event, words)}</li>`)}</ul>
      </section>`,
    )}
    ${total > events.length
      ? html`<p class="show-more"><button type="button" class="button button--secondary" @click=${this.more}>
          ${w.showMore}<span class="visually-hidden">${fill(w.moreLeft, { n: total - events.length })}</span>
        </button></p>`
      : nothing}`;
  }

  override render() {
    return nothing;
  }
}

/**
 * The photo's focal point, set through the CSSOM: a style="" attribute written by script would
 * need a CSP hash for every position (lit's styleMap writes the attribute on first render).
 */
const focalPoint = (position: string | undefined) => (element?: Element) => {
  if (element instanceof HTMLElement) element.style.objectPosition = position ?? '';
};

/** The same markup as EventCard.astro. */
function card(event: ListEvent, words: ListWords): TemplateResult {
  const image = event.image;
  const w = words.card;
  return html`<article class=${`event-card${event.status ? ` event-card--${event.status}` : ''}`}>
    ${image
      ? html`<img src=${image.src} srcset=${image.srcset} sizes=${image.sizes} alt="" width=${image.width} height=${image.height}
          loading="lazy" fetchpriority="low" decoding="async" class="event-card__image" ${ref(focalPoint(image.position))} />`
      : html`<div class="event-card__pattern" aria-hidden="true"></div>`}
    <div class="event-card__body">
      ${event.statusLabel ? html`<span class=${`badge badge--${event.status}`}>${event.statusLabel}</span>` : nothing}
      <h3 class="event-card__title"><a href=${event.url}>${event.title}</a></h3>
      <dl class="event-card__meta">
        <dt>${w.time}</dt>
        <dd class="event-card__date">
          ${event.whenValid === false ? event.when : html`<time datetime=${event.startsAt}>${event.when}</time>`}
          ${event.previousWhen
            ? html`<del class="previous-time"><span class="visually-hidden">${w.originalTime}</span><time datetime=${event.previousWhen.datetime}>${event.previousWhen.text}</time></del>`
            : nothing}
        </dd>
        ${event.venue ? html`<dt>${w.place}</dt><dd>${event.venue.name}</dd>` : nothing}
        ${event.price ? html`<dt>${w.price}</dt><dd>${event.price}</dd>` : nothing}
      </dl>
      ${event.streamUrl
        ? html`<a class="event-card__stream" href=${event.streamUrl}>${w.watchStream}<span class="visually-hidden">${fill(w.streamOf, { title: event.title })}</span></a>`
        : nothing}
    </div>
  </article>`;
}

customElements.define('event-filter', EventFilterElement);

declare global {
  interface HTMLElementTagNameMap {
    'event-filter': EventFilterElement;
  }
}
