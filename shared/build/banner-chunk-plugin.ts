/**
 * One file for the alert banner's script and Lit, the first script every page runs. Split the
 * usual way, the banner's script is found in the page, then Lit is found in the banner's
 * script: two round trips before the banner can read alerts.json. The other islands import
 * Lit from the same file, which every page has loaded anyway.
 */
import type { Plugin } from 'vite';

const BANNER_AND_LIT = /[\\/]node_modules[\\/](?:lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]|[\\/]shared[\\/]elements[\\/](?:alert-banner|alert-list)\.ts$|AlertBanner\.astro\?astro&type=script/;

export function bannerChunkPlugin(): Plugin {
  return {
    name: 'fasett:banner-chunk',
    applyToEnvironment: (environment) => environment.name === 'client',
    outputOptions(options) {
      return { ...options, codeSplitting: { groups: [{ name: 'AlertBanner', test: BANNER_AND_LIT }] } } as typeof options;
    },
  };
}
