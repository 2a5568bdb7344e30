// The project's own Astro config, with one change for the benchmark: Astro's cache (the image
// pipeline's encoded files and the incremental build's pages) goes to FASETT_BENCH_ASTRO_CACHE/<slug>
// instead of node_modules/.astro/<slug>, so a cold bench build starts truly empty without touching
// the caches of the builds other people run in the same tree. Used by bench/lib/astro-build.ts
// through `astro build --config bench/astro.config.mjs`.
import { join, resolve } from 'node:path';
import config from '../astro.config.mjs';

const cache = process.env.FASETT_BENCH_ASTRO_CACHE;
const slug = process.env.FASETT_SITE ?? 'bydelshus';

export default cache ? { ...config, cacheDir: join(resolve(cache), slug) } : config;
