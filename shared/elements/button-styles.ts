/** The button look the small islands share, drawn from the theme's --fasett-* tokens. */
import { css } from 'lit';

export const buttonStyles = css`
  button {
    min-height: 44px; padding: 0.5rem 1rem; font: inherit; font-weight: 700; cursor: pointer;
    border-radius: var(--fasett-radius-control, 4px);
    border: 2px solid var(--fasett-color-primary, #0b4f94);
    background: var(--fasett-color-primary, #0b4f94); color: var(--fasett-color-on-primary, #fff);
  }
  button.secondary { background: transparent; color: var(--fasett-color-link, #0b4f94); border-color: var(--fasett-color-border-strong, #6f7b8b); }
  button:focus-visible { outline: 3px solid var(--fasett-color-focus, #c2410c); outline-offset: 2px; }
  .row { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
  .status { font-weight: 600; }
`;
