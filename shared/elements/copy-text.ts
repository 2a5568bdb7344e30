/**
 * <copy-text label="Kopier teksten"> — wraps server-rendered text (a share text with hashtags)
 * and adds one button that copies it and announces "Tekst kopiert". Without JavaScript the
 * text is still there to select.
 */
import { LitElement, css, html } from 'lit';
import { buttonStyles } from './button-styles.ts';
import { copyText } from './clipboard.ts';

export class CopyText extends LitElement {
  static override properties = {
    label: { type: String },
    status: { state: true },
  };

  declare label: string;
  declare status: string;

  constructor() {
    super();
    this.label = 'Kopier teksten';
    this.status = '';
  }

  static override styles = [buttonStyles, css`
    :host { display: block; }
    .row { margin-top: 0.5rem; }
  `];

  private async copy() {
    const source = this.querySelector('[data-copy]') ?? this;
    const ok = await copyText((source.textContent ?? '').trim());
    this.status = ok ? 'Tekst kopiert' : 'Kunne ikke kopiere. Marker teksten og kopier den selv.';
  }

  override render() {
    return html`
      <slot></slot>
      <div class="row">
        <button type="button" @click=${this.copy}>${this.label}</button>
        <span class="status" role="status" aria-live="polite">${this.status}</span>
      </div>
    `;
  }
}

customElements.define('copy-text', CopyText);

declare global {
  interface HTMLElementTagNameMap {
    'copy-text': CopyText;
  }
}
