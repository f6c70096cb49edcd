/** Hash routing: `#/page/id?filter=value` — every filter lives in the URL, so any view can be shared. */
export interface Route { page: string; id: string | undefined; params: URLSearchParams }

export function currentRoute(): Route {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = hash.split('?', 2);
  const [page = '', ...rest] = path.split('/');
  const id = rest.length > 0 ? decodeURIComponent(rest.join('/')) : undefined;
  return { page: page || 'themes', id, params: new URLSearchParams(query) };
}

export function href(page: string, id?: string, params: Record<string, string | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, value);
  const lang = currentRoute().params.get('lang');
  if (lang && !search.has('lang')) search.set('lang', lang);
  const query = search.toString();
  return `#/${page}${id ? `/${encodeURIComponent(id)}` : ''}${query ? `?${query}` : ''}`;
}

/** Replaces the filters of the current page (one history entry per change). */
export function setParams(changes: Record<string, string | undefined>): void {
  const route = currentRoute();
  const params: Record<string, string | undefined> = Object.fromEntries(route.params.entries());
  Object.assign(params, changes);
  location.hash = href(route.page, route.id, params);
}
