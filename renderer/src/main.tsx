import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Locale } from '../../shared/format/locale';
import { App } from './App';
import { initI18n } from './i18n/i18n';
import { localeFromSearch, searchWithLocale } from './i18n/language';
import './styles/app.css';
import './styles/registry.css';
import './styles/plotEditing.css';
import './styles/underlays.css';
import './styles/cadastre.css';

const i18n = await initI18n(localeFromSearch(window.location.search));
document.documentElement.lang = i18n.language;

/** Switches the language and writes it into the URL (keeping the token) so a reload stays in it. */
async function changeLanguage(locale: Locale): Promise<void> {
  await i18n.changeLanguage(locale);
  document.documentElement.lang = locale;
  const url = new URL(window.location.href);
  url.search = searchWithLocale(url.search, locale);
  window.history.replaceState(window.history.state, '', url);
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App onLanguage={(locale) => void changeLanguage(locale)} />
  </StrictMode>,
);
