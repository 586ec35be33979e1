import { http, HttpResponse } from 'msw';
import type { Submission } from '@komet-contacts/server/contract';
import { buildContactInput } from '@komet-contacts/server/contract/testing';
import { ROSAFLOR, server, SUPPORT_USER } from './msw-server';

/** One add kept by our server, queued for Komet unless `overrides` say otherwise. */
export function buildSubmission(overrides: Partial<Submission> = {}): Submission {
  return {
    id: '12',
    state: 'queued',
    customerId: ROSAFLOR.id,
    customerName: ROSAFLOR.name,
    contact: buildContactInput({ name: 'Valentina Ríos', type: 'Buyer' }),
    username: SUPPORT_USER.username,
    attempts: 1,
    nextAttemptAt: '2026-11-29T10:05:00.000Z',
    createdAt: '2026-11-29T10:00:00.000Z',
    ...overrides,
  };
}

/** GET /api/submissions answers `items` filtered by its `state` list, as the server does. */
export function serveSubmissions(items: Submission[]) {
  server.use(
    http.get('/api/submissions', ({ request }) => {
      const states = (
        new URL(request.url).searchParams.get('state') ?? 'queued,sending,refused'
      ).split(',');
      return HttpResponse.json({ submissions: items.filter((i) => states.includes(i.state)) });
    }),
    http.get('/api/submissions/:id', ({ params }) => {
      const found = items.find((item) => item.id === params.id);
      return found ? HttpResponse.json(found) : new HttpResponse(null, { status: 404 });
    }),
  );
}
