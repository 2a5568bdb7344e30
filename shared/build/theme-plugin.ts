/**
 * `virtual:fasett/theme.css`: the site theme's fonts (@fontsource CSS, every subset with
 * its unicode-range, so Sami and other letters load only when used) and its --fasett-*
 * tokens. Layouts import it; nothing else knows which theme is in use.
 */
import type { Plugin } from 'vite';
import { fontImports, loadSiteTheme, themeCss, type ThemeLayout } from '../../themes/index.ts';

const ID = 'virtual:fasett/theme.css';
const RESOLVED = `\0${ID}`;

export function themeCssPlugin(themeName: string, layout?: Partial<ThemeLayout>): Plugin {
  return {
    name: 'fasett:theme-css',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const theme = await loadSiteTheme(themeName, layout);
      const imports = fontImports(theme).map((specifier) => `@import ${JSON.stringify(specifier)};`);
      return `${imports.join('\n')}\n${themeCss(theme)}\n`;
    },
  };
}
