import { t } from '@lingui/core/macro';
import { i18n, type MessageDescriptor } from '../i18n/runtime';
import {
  useEffect,
  useRef,
  useSyncExternalStore,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { mayLeave } from './navigation-guard';

// A few routes on the History API: all this app needs, for a fraction of a router library's bytes
// on the first screen (see BENCHMARKS.md).
const NAVIGATED = 'komet-contacts:navigated';

const currentUrl = () => window.location.pathname + window.location.search;
// The URL the screen shows, and its place in the session history: when the user stays on a
// dirty form after back or forward, the browser is stepped back there without a new entry.
let shownUrl = currentUrl();
const indexOf = (state: unknown) => {
  const index = (state as { index?: unknown } | null)?.index;
  return typeof index === 'number' ? index : undefined;
};
let shownIndex = indexOf(window.history.state) ?? 0;
window.history.replaceState({ index: shownIndex }, '');
let undoing = false;

function announce(): void {
  shownUrl = currentUrl();
  window.dispatchEvent(new Event(NAVIGATED));
}

// One listener, installed before any screen renders, so the unsaved-changes question comes
// before the app reacts to back or forward.
window.addEventListener('popstate', (event) => {
  if (undoing) {
    undoing = false;
    return;
  }
  if (currentUrl() === shownUrl) return; // only the #fragment moved
  const index = indexOf(event.state);
  if (mayLeave()) {
    shownIndex = index ?? shownIndex;
    announce();
  } else if (index !== undefined) {
    undoing = true;
    window.history.go(shownIndex - index);
  } else {
    window.history.pushState({ index: ++shownIndex }, '', shownUrl);
  }
});

function subscribe(onChange: () => void): () => void {
  window.addEventListener(NAVIGATED, onChange);
  return () => window.removeEventListener(NAVIGATED, onChange);
}

/** Goes to `to` inside the app, unless a form with unsaved changes is told to stay. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (!mayLeave()) return;
  if (options.replace) window.history.replaceState({ index: shownIndex }, '', to);
  else window.history.pushState({ index: ++shownIndex }, '', to);
  announce();
}

export const usePathname = () => useSyncExternalStore(subscribe, () => window.location.pathname);
export const useSearch = () => useSyncExternalStore(subscribe, () => window.location.search);

/** A real link (open in new tab, copy address all work) that navigates in place on a plain click. */
export function Link({
  href,
  onClick,
  ...props
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (event.defaultPrevented || event.button !== 0 || modified || props.target) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={follow} {...props} />;
}

/** The `:name` segments of `pattern` when `path` matches it exactly, else undefined. */
export function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const have = path.replace(/\/+$/, '').split('/');
  if (path === '/' && pattern === '/') return {};
  if (want.length !== have.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, segment] of want.entries()) {
    const actual = have[index] ?? '';
    if (segment.startsWith(':')) {
      if (!actual) return undefined;
      try {
        params[segment.slice(1)] = decodeURIComponent(actual);
      } catch {
        return undefined; // a malformed %-escape is no route of ours
      }
    } else if (segment !== actual) return undefined;
  }
  return params;
}

export interface RouteDefinition {
  path: string;
  /** The document title, so tabs, history and screen readers tell screens apart: a message
   * (`msg`), worded when shown, as the language may change after the routes are defined. */
  title: MessageDescriptor;
  render: (params: Record<string, string>) => ReactNode;
}

/**
 * Renders the first route whose pattern matches the current path, else `fallback`. On every
 * screen change the title follows and focus moves to `focusTarget`, as a page load would.
 * With `more`, the fallback is more Routes (loaded later), which title their own screens.
 */
export function Routes({
  routes,
  fallback,
  focusTarget,
  more,
}: {
  routes: RouteDefinition[];
  fallback: ReactNode;
  focusTarget?: string;
  more?: boolean;
}) {
  const pathname = usePathname();
  const found = routes
    .map((route) => ({ route, params: matchPath(route.path, pathname) }))
    .find((match) => match.params);
  const title = found ? i18n._(found.route.title) : t`Page not found`;
  const firstScreen = useRef(true);
  const titled = Boolean(found) || !more;
  useEffect(() => {
    if (titled) document.title = t`${title} · Komet Contacts`;
    if (firstScreen.current) firstScreen.current = false;
    else if (focusTarget) document.getElementById(focusTarget)?.focus({ preventScroll: false });
  }, [pathname, title, titled, focusTarget]);
  return found?.params ? found.route.render(found.params) : fallback;
}
