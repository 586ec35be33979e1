import { locale, setLocale } from '../i18n/runtime';

/** Names the other language in that language, so whoever cannot read this one finds it. */
export function LanguageSwitch() {
  const next = locale === 'es' ? 'en' : 'es';
  return (
    <button
      type="button"
      className="header-button"
      lang={next === 'es' ? 'es-419' : 'en'}
      onClick={() => void setLocale(next, true)}
    >
      {next === 'es' ? 'Español' : 'English'}
    </button>
  );
}
