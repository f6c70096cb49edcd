/** Dashboard entry: header with navigation and language switch, then the page named by the URL hash. */
import { h, message } from './dom';
import { lang, t } from './i18n';
import { currentRoute, href, setParams } from './router';
import { actionsPage } from './pages/actions';
import { explorerPage } from './pages/explorer';
import { meetingPage } from './pages/meeting';
import { meetingsPage } from './pages/meetings';
import { bodyPage } from './pages/body';
import { personPage } from './pages/person';
import { profilesPage } from './pages/profiles';
import { jurisdictionPage, organizationPage } from './pages/representatives';
import { searchPage } from './pages/search';
import { themesPage } from './pages/themes';

type Page = (root: HTMLElement, id: string) => Promise<void>;
const PAGES: Record<string, Page> = {
  themes: themesPage, meetings: meetingsPage, meeting: meetingPage, actions: actionsPage, profiles: profilesPage,
  person: personPage, jurisdiction: jurisdictionPage, organization: organizationPage, body: bodyPage, explorer: explorerPage, search: searchPage,
};
const NAV = [['themes', 'themes'], ['meetings', 'meetings'], ['actions', 'actions'], ['profiles', 'profiles'], ['explorer', 'explorer'], ['search', 'search']] as const;
const SECTION: Record<string, string> = { meeting: 'meetings', person: 'profiles', jurisdiction: 'profiles', organization: 'profiles', body: 'profiles' };

let renderCount = 0;

async function render(): Promise<void> {
  const render = ++renderCount;
  const route = currentRoute();
  const language = lang();
  localStorage.setItem('lang', language);
  document.documentElement.lang = language.toLowerCase();
  document.title = `${t(NAV.find(([p]) => p === (SECTION[route.page] ?? route.page))?.[1] ?? 'themes')} · ${t('appTitle')}`;
  const header = h('header', {},
    h('h1', {}, h('a', { href: href('themes') }, t('appTitle'))),
    h('nav', { class: 'main-nav' }, ...NAV.map(([page, key]) => h('a', { href: href(page), class: (SECTION[route.page] ?? route.page) === page ? 'active' : undefined }, t(key))),
      h('a', { href: '/graphql', class: 'ide' }, t('ide'))),
    h('button', { type: 'button', class: 'lang', 'data-lang': language === 'EN' ? 'FR' : 'EN', onclick: () => setParams({ lang: language === 'EN' ? 'FR' : 'EN' }) }, t('language')));
  const main = h('main', { 'data-page': route.page, 'aria-busy': 'true' }, h('p', { class: 'loading' }, t('loading')));
  document.body.replaceChildren(header, main);
  const content = h('div', {});
  const page = PAGES[route.page] ?? themesPage;
  try {
    await page(content, route.id ?? '');
  } catch (error) {
    content.append(message(t('error', error instanceof Error ? error.message : String(error)), 'error'));
  }
  if (render !== renderCount) return;
  main.replaceChildren(content);
  main.setAttribute('aria-busy', 'false');
  main.setAttribute('data-hash', location.hash);
  main.setAttribute('data-ready', 'true');
}

window.addEventListener('hashchange', () => void render());
void render();
