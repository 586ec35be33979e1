import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { locale, onLocaleChange, preferredLocale, setLocale } from './i18n/runtime';
import { keepTyping } from './prerender/keep-typing';
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
const container = document.getElementById('root')!;
const root = createRoot(container);
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
// The server may have sent the add form prerendered (client/build/add-form-shell.ts): the app
// takes its place in one task, with what was typed in it.
const start = () => {
  const typing = keepTyping(container);
  flushSync(render);
  typing();
  onLocaleChange(render);
};
const preferred = preferredLocale();
if (preferred === 'en') start();
else void setLocale(preferred).then(start, start);
