import { useEffect } from 'react';
import { locale, setLocale } from '../i18n/runtime';

/** Names the other language in that language, so whoever cannot read this one finds it. */
export function LanguageSwitch() {
  const next = locale === 'es' ? 'en' : 'es';
  // The server sends `/` prerendered in this language (server/src/edge/client-files.ts). The app
  // mounts afresh in a new language, so this runs after every change.
  useEffect(() => {
    // eslint-disable-next-line lingui/no-unlocalized-strings -- a cookie, not words for anyone
    document.cookie = `locale=${locale}; path=/; max-age=31536000; samesite=lax`;
  }, []);
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
