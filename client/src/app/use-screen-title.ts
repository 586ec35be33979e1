import { t } from '@lingui/core/macro';
import { useEffect } from 'react';
import { usePathname } from '../lib/router';

/**
 * Names the browser tab after what the screen shows, once that is known ("Rosaflor Ecuador S.A."
 * rather than the route's "Customer"). The router titles each screen in an effect of its own,
 * which React runs after the screen's (a parent's effects follow its children's), so the name is
 * written a microtask later, when the router is done. Not in lib/: that code loads with the
 * first screen, and this with the screens that use it.
 */
export function useScreenTitle(title: string | undefined): void {
  const pathname = usePathname();
  useEffect(() => {
    if (!title) return;
    let current = true;
    queueMicrotask(() => {
      if (current) document.title = t`${title} · Komet Contacts`;
    });
    return () => {
      current = false;
    };
  }, [title, pathname]);
}
