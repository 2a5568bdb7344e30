/** The site's theme for components that need more than CSS tokens (the logo). */
import { loadTheme, logoSvg } from '../../themes/index.ts';

/** The logo as inline SVG, labelled for screen readers by the link around it. */
export async function siteLogoSvg(themeName: string): Promise<string> {
  const svg = logoSvg(await loadTheme(themeName));
  // The link carries the accessible name; the SVG itself is presentation.
  return svg.replace(/<svg\b/, '<svg aria-hidden="true" focusable="false"');
}
