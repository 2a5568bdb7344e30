/** The site's theme for components that need more than CSS tokens (the logo). */
import { loadSiteTheme, loadTheme, logoSvg, type Theme, type ThemeLayout } from '../../themes/index.ts';

// Every page's header shows the logo: read and labelled once per theme, not once per page
// (the file does not change while a build runs).
const logos = new Map<string, Promise<string>>();

/** The logo as inline SVG, labelled for screen readers by the link around it. */
export function siteLogoSvg(themeName: string): Promise<string> {
  let logo = logos.get(themeName);
  if (!logo) {
    logo = labelledLogo(themeName);
    logos.set(themeName, logo);
    // A failed read is not kept: the next page tries again.
    logo.catch(() => logos.delete(themeName));
  }
  return logo;
}

async function labelledLogo(themeName: string): Promise<string> {
  const svg = logoSvg(await loadTheme(themeName));
  // The link carries the accessible name; the SVG itself is presentation.
  return svg.replace(/<svg\b/, '<svg aria-hidden="true" focusable="false"');
}

/** The site's theme with its config's layout choices over the theme's own. */
export function siteTheme(config: { theme: string; layout?: Partial<ThemeLayout> }): Promise<Theme> {
  return loadSiteTheme(config.theme, config.layout);
}
