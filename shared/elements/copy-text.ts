/**
 * <copy-text label="Kopier teksten"> — wraps server-rendered text (a share text with hashtags)
 * and adds one button that copies it and announces "Tekst kopiert". Without JavaScript the
 * text is still there to select.
 */
import { LitElement, css, html } from 'lit';
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

  static override styles = css`
    :host { display: block; }
    .row { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin-top: 0.5rem; }
    button {
      min-height: 44px; padding: 0.5rem 1rem; font: inherit; font-weight: 700; cursor: pointer;
      border-radius: var(--fasett-radius-control, 4px);
      border: 2px solid var(--fasett-color-primary, #0b4f94);
      background: var(--fasett-color-primary, #0b4f94); color: var(--fasett-color-on-primary, #fff);
    }
    button:focus-visible { outline: 3px solid var(--fasett-color-focus, #c2410c); outline-offset: 2px; }
    .status { font-weight: 600; }
  `;

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
