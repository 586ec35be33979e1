import { Router } from 'express';
import type { ContactTypesResponse } from '../contract';

/** Komet has no method listing contact types (KOMET-API.md): they come from our configuration. */
export function contactTypesRouter(contactTypes: readonly string[]): Router {
  const router = Router();
  router.get('/contact-types', (_req, res) => {
    const body: ContactTypesResponse = { types: [...contactTypes] };
    res.json(body);
  });
  return router;
}
