import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../shared/format/locale';
import { useLocale } from '../i18n/useLocale';

interface LanguageSwitchProps {
  readonly onChange: (locale: Locale) => void;
}

/** RU | EN: the visible text is the code, the accessible name the language's name in the current language. */
export function LanguageSwitch({ onChange }: LanguageSwitchProps) {
  const { t } = useTranslation();
  const current = useLocale();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          aria-label={t(`language.${locale}`)}
          aria-pressed={locale === current}
          onClick={() => onChange(locale)}
        >
          {locale.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
