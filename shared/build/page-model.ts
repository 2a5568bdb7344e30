/**
 * A route's view models: what each of its pages renders from, worked out once per site and
 * build. getStaticPaths hands each page its model as props and keys the page on the model's
 * hash (cache-keys.ts pageKey), as Starlight hands route data as props; the preview server,
 * which renders on demand without getStaticPaths, looks the same model up by the page's params.
 */
import type { SiteData } from '../content/site-data.ts';
import { pageKey } from './cache-keys.ts';
import { oncePerSite } from './per-site.ts';

/** The route's models by the param that names a page (e.g. an event's slug), made once per site. */
export function routeModels<M>(data: SiteData, route: string, make: () => Iterable<[param: string, model: M]>): Map<string, M> {
  return oncePerSite(data, `route-models:${route}`, () => new Map(make()));
}

/** getStaticPaths' answer: one path per model, the model as props and its hash as the cache key. */
export function staticPaths<M>(data: SiteData, models: Map<string, M>, name: string) {
  return [...models].map(([param, model]) => ({ params: { [name]: param }, props: { model }, cacheKey: pageKey(data, model) }));
}

/** The page's model: from props in a static build, looked up by param on the preview server. */
export function modelOf<M>(props: Record<string, unknown>, models: Map<string, M>, param: string | undefined): M | undefined {
  return (props.model as M | undefined) ?? models.get(param ?? '');
}
