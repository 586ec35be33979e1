import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { locale, onLocaleChange, preferredLocale, setLocale } from './i18n/runtime';
import './styles.css';

// A tab opened before a deploy asks for chunks that are gone (the server answers 404): reload
// once for the new ones. A second failure within a minute is no stale tab; the error screen shows.
addEventListener('vite:preloadError', () => {
  // Never set: NaN, which is not < 6e4.
  if (!(Date.now() - sessionStorage['reloadedAt'] < 6e4)) {
    sessionStorage['reloadedAt'] = Date.now();
    location.reload();
  }
});

// index.html has it; without it React says so itself.
const root = createRoot(document.getElementById('root')!);
// A new language mounts the app afresh, so no text stays in the old one; drafts keep the typing.
// StrictMode's checks run in development only: in a build it would be bytes doing nothing.
const render = () =>
  root.render(
    import.meta.env.DEV ? (
      <StrictMode>
        <App key={locale} />
      </StrictMode>
    ) : (
      <App key={locale} />
    ),
  );
onLocaleChange(render);
const preferred = preferredLocale();
if (preferred === 'en') render();
else void setLocale(preferred).catch(render);
