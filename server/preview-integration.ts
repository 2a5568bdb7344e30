/** The preview build's own Astro integration: its middleware marks every page as a preview. */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

export function fasettPreview(): AstroIntegration {
  return {
    name: 'fasett:preview',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        addMiddleware({ entrypoint: fileURLToPath(new URL('./preview-middleware.ts', import.meta.url)), order: 'pre' });
      },
    },
  };
}
