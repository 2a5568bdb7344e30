/**
 * <share-button url="…" title="…" text="…"> — enhances a server-rendered list of share links
 * (Facebook, X, LinkedIn, e-post), which works without JavaScript. With JavaScript it adds the
 * Web Share API button where the browser has one, otherwise a "Kopier lenke" button that
 * announces "Lenke kopiert" to screen readers. Its words come in the `words` attribute, in the
 * site's language (ShareBlock.astro); without them it leaves the links as they are.
 */
import { LitElement, css, html, nothing } from 'lit';
import { buttonStyles } from './button-styles.ts';
import { copyText } from './clipboard.ts';

export interface ShareWords {
  button: string;
  copy: string;
  copied: string;
  copyFailed: string;
}

export class ShareButton extends LitElement {
  static override properties = {
    url: { type: String },
    shareTitle: { type: String, attribute: 'title' },
    text: { type: String },
    words: { type: Object },
    status: { state: true },
    canShare: { state: true },
  };

  declare url: string;
  declare shareTitle: string;
  declare text: string;
  declare words: ShareWords | undefined;
  declare status: string;
  declare canShare: boolean;

  constructor() {
    super();
    this.url = '';
    this.shareTitle = '';
    this.text = '';
    this.words = undefined;
    this.status = '';
    this.canShare = false;
  }

  static override styles = [buttonStyles, css`
    :host { display: block; }
    .row { margin-bottom: 0.5rem; }
  `];

  override connectedCallback(): void {
    super.connectedCallback();
    this.url ||= location.href;
    this.canShare = typeof navigator.share === 'function';
  }

  private async share() {
    try {
      await navigator.share({ title: this.shareTitle, text: this.text, url: this.url });
    } catch {
      // The visitor closed the share sheet: nothing to say.
    }
  }

  private async copy() {
    const ok = await copyText(this.url);
    this.status = ok ? this.words!.copied : this.words!.copyFailed;
    this.dispatchEvent(new CustomEvent('share-copied', { detail: { ok }, bubbles: true, composed: true }));
  }

  override render() {
    const words = this.words;
    if (!words) return html`<slot></slot>`;
    return html`
      <div class="row">
        ${this.canShare ? html`<button type="button" @click=${this.share}>${words.button}</button>` : nothing}
        <button type="button" class=${this.canShare ? 'secondary' : ''} @click=${this.copy}>${words.copy}</button>
        <span class="status" role="status" aria-live="polite">${this.status}</span>
      </div>
      <slot></slot>
    `;
  }
}

customElements.define('share-button', ShareButton);

declare global {
  interface HTMLElementTagNameMap {
    'share-button': ShareButton;
  }
}
