/**
 * The content layer's one interface: run a GROQ query with params. Two sources stand
 * behind it — the dataset on disk (groq-js) and a live Sanity project (@sanity/client) —
 * and every query in queries.ts returns the same result from both.
 */
export type Perspective = 'published' | 'drafts';

export type QueryParams = Record<string, unknown>;

export interface ContentSource {
  readonly kind: 'dataset' | 'live';
  /** Human-readable origin for logs and reports (a path or a project/dataset). */
  readonly description: string;
  fetch<Result>(query: string, params?: QueryParams): Promise<Result>;
  /** The same source seen through another perspective (drafts laid over published, for preview). */
  withPerspective(perspective: Perspective): ContentSource;
  /** The local file behind an image asset, when the source is on disk. */
  assetFile(assetId: string): string | undefined;
  /** Sanity project id and dataset, for image URLs. */
  readonly project: { projectId: string; dataset: string };
}

export interface LiveSettings {
  projectId: string;
  dataset: string;
  token?: string;
  apiVersion: string;
  /** A stand-in API host for tests (e.g. http://127.0.0.1:PORT); default is Sanity's. */
  apiHost?: string;
}

/** Live settings from the environment, or undefined when the dataset on disk is the source. */
export function liveSettingsFromEnv(env = process.env): LiveSettings | undefined {
  if (!env.SANITY_PROJECT_ID || !env.SANITY_DATASET) return undefined;
  return {
    projectId: env.SANITY_PROJECT_ID,
    dataset: env.SANITY_DATASET,
    token: env.SANITY_API_READ_TOKEN || undefined,
    apiVersion: env.SANITY_API_VERSION ?? '2025-02-19',
    apiHost: env.SANITY_API_HOST || undefined,
  };
}
