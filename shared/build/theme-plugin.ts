/**
 * `virtual:fasett/theme.css`: the site theme's fonts (@font-face for every subset with its
 * unicode-range, latin cut in a core and a rest slice, so a page fetches only the files for
 * the letters it uses) and its --fasett-* tokens. Layouts import it; nothing else knows which
 * theme is in use.
 */
import type { Plugin } from 'vite';
import { fontFaceCss, fontPreloads, loadSiteTheme, themeCss, webFontFaces, type ThemeLayout } from '../../themes/index.ts';

const ID = 'virtual:fasett/theme.css';
const RESOLVED = `\0${ID}`;
/** `virtual:fasett/font-preloads`: the URLs (as built) of the fonts the first screen uses. */
const PRELOADS = 'virtual:fasett/font-preloads';
const PRELOADS_RESOLVED = `\0${PRELOADS}`;

export function themeCssPlugin(themeName: string, layout?: Partial<ThemeLayout>): Plugin {
  const site = async () => {
    const theme = await loadSiteTheme(themeName, layout);
    return { theme, faces: await webFontFaces(theme) };
  };
  return {
    name: 'fasett:theme-css',
    resolveId(id) {
      return id === ID ? RESOLVED : id === PRELOADS ? PRELOADS_RESOLVED : undefined;
    },
    async load(id) {
      if (id === PRELOADS_RESOLVED) {
        const { theme, faces } = await site();
        const files = fontPreloads(theme, faces);
        // ?url: Vite emits each file once (the same file the theme CSS points at) and gives its URL.
        return `${files.map((file, i) => `import f${i} from ${JSON.stringify(`${file}?url`)};`).join('\n')}\nexport default [${files.map((_, i) => `f${i}`).join(', ')}];\n`;
      }
      if (id !== RESOLVED) return undefined;
      const { theme, faces } = await site();
      // Absolute paths: Vite resolves them, emits each file into _astro/ and writes its URL.
      return `${fontFaceCss(faces, (path) => path)}\n${themeCss(theme)}\n`;
    },
  };
}
