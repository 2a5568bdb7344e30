/**
 * `virtual:fasett/theme.css`: the site theme's fonts (@fontsource CSS, every subset with
 * its unicode-range, so Sami and other letters load only when used) and its --fasett-*
 * tokens. Layouts import it; nothing else knows which theme is in use.
 */
import type { Plugin } from 'vite';
import { fontImports, fontPreloads, loadSiteTheme, themeCss, type ThemeLayout } from '../../themes/index.ts';

const ID = 'virtual:fasett/theme.css';
const RESOLVED = `\0${ID}`;
/** `virtual:fasett/font-preloads`: the URLs (as built) of the fonts the first screen uses. */
const PRELOADS = 'virtual:fasett/font-preloads';
const PRELOADS_RESOLVED = `\0${PRELOADS}`;

export function themeCssPlugin(themeName: string, layout?: Partial<ThemeLayout>): Plugin {
  return {
    name: 'fasett:theme-css',
    resolveId(id) {
      return id === ID ? RESOLVED : id === PRELOADS ? PRELOADS_RESOLVED : undefined;
    },
    async load(id) {
      if (id === PRELOADS_RESOLVED) {
        const files = fontPreloads(await loadSiteTheme(themeName, layout));
        // ?url: Vite emits each file once (the same file the theme CSS points at) and gives its URL.
        return `${files.map((file, i) => `import f${i} from ${JSON.stringify(`${file}?url`)};`).join('\n')}\nexport default [${files.map((_, i) => `f${i}`).join(', ')}];\n`;
      }
      if (id !== RESOLVED) return undefined;
      const theme = await loadSiteTheme(themeName, layout);
      const imports = fontImports(theme).map((specifier) => `@import ${JSON.stringify(specifier)};`);
      return `${imports.join('\n')}\n${themeCss(theme)}\n`;
    },
  };
}
