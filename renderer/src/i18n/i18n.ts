import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../../shared/format/locale';
import { en } from './en';
import { ru, type Messages } from './ru';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

/** Starts i18next with both languages bundled: nothing is fetched, the app works offline. */
export async function initI18n(locale: Locale): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { ru: { translation: ru }, en: { translation: en } },
    lng: locale,
    fallbackLng: 'ru',
    supportedLngs: ['ru', 'en'],
    // React escapes what it renders; escaping here too would show &laquo; in the UI.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18next;
}
