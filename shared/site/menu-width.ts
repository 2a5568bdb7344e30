/**
 * From which screen width a site's main menu fits on the logo's row: the header shows a
 * "Meny" button below it. Estimated from the labels (bold 17 px text at about 9.5 px a letter,
 * 20 px of gap and padding an item, 200 px for the logo), against the page's content width at
 * each of a few fixed steps (the CSS has one media query per step).
 */
export const MENU_STEPS = [48, 64, 80] as const;
/**
 * 'row': too long to share the logo's row on any screen, but it fits a row of its own below
 * the logo from 72rem; 'never': not even that, so it is always behind the button.
 */
export type MenuStep = (typeof MENU_STEPS)[number] | 'row' | 'never';

/** The content width at a screen width (global.css .wrap: at most 72rem, 1rem margins). */
const contentWidth = (rem: number) => Math.min(72 * 16, rem * 16 - 32);

export function menuBreakpoint(labels: string[]): MenuStep {
  const items = labels.reduce((sum, label) => sum + label.length * 9.5 + 20, 0);
  return MENU_STEPS.find((step) => contentWidth(step) >= items + 200) ?? (contentWidth(72) >= items ? 'row' : 'never');
}
