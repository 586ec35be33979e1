import type { ContactTypesResponse } from '../contract';
import { allow, guardedRouter } from '../auth/access';

/** Komet has no method listing contact types (KOMET-API.md): they come from our configuration. */
export function contactTypesRouter(contactTypes: readonly string[]) {
  const routes = guardedRouter();
  routes.get('/contact-types', allow('sales'), (_req, res) => {
    const body: ContactTypesResponse = { types: [...contactTypes] };
    res.json(body);
  });
  return routes;
}
