import type { Request, Response } from 'express';
import {
  contactIdSchema,
  contactInputSchema,
  customerIdSchema,
  contactSnapshotSchema,
  type ContactListResponse,
} from '../contract';
import { allow, guardedRouter } from '../auth/access';
import type { RecordedAnswer } from '../db/idempotency-keys';
import type { Storage } from '../db/storage';
import type { Logger } from '../logger';
import { fingerprintOf, idempotencyKeyOf, once } from '../outbox/idempotency';
import { keepForLater, submitContact } from '../outbox/submit-contact';
import type { Komet } from '../komet/komet';
import type { ContactCache } from '../storage/contact-cache';
import type { CustomerDirectory } from '../storage/customer-directory';
import { customerNotFound } from './customers';
import { deleteContact } from './delete-contact';
import { oneAtATime } from './one-at-a-time';
import { parseOr400 } from './parse';
import { updateContact } from './update-contact';

export interface ContactsRouteDeps {
  komet: Komet;
  cache: ContactCache;
  directory: CustomerDirectory;
  storage: Pick<Storage, 'audit' | 'submissions' | 'idempotencyKeys'>;
  logger: Logger;
  now: () => number;
  /** A key still running after this long belongs to a request that died. */
  staleAfterMs: number;
  retrySeconds: number;
  onQueued?: () => void;
}

export function contactsRouter(deps: ContactsRouteDeps) {
  const { cache, directory, now } = deps;
  const audit = deps.storage.audit;
  const routes = guardedRouter();
  const serially = oneAtATime();

  /** The signed-in user, as the audit trail names them. */
  const whoIs = (req: Request) => ({ username: req.user!.username, userName: req.user!.name });
  const customerNamed = async (id: string) => ({
    id,
    name: (await directory.ready()).get(id)?.name ?? '',
  });
  const onceOptions = { keys: deps.storage.idempotencyKeys, now, staleAfterMs: deps.staleAfterMs };

  routes.get('/customers/:customerId/contacts', allow('sales'), async (req, res) => {
    const customerId = parseOr400(customerIdSchema, req.params.customerId, 'customerId');
    if (!(await directory.ready()).get(customerId)) return customerNotFound(res, customerId);
    const { contacts, fetchedAt } = await cache.list(customerId);
    const body: ContactListResponse = { contacts, fetchedAt: new Date(fetchedAt).toISOString() };
    res.json(body);
  });

  // Exactly once (issue 7): never resent blindly, kept in the outbox when Komet cannot take it.
  routes.post('/customers/:customerId/contacts', allow('sales'), async (req, res) => {
    const customerId = parseOr400(customerIdSchema, req.params.customerId, 'customerId');
    const contact = parseOr400(contactInputSchema, req.body ?? {});
    const key = idempotencyKeyOf(req);
    const who = whoIs(req);
    const customer = await customerNamed(customerId);
    const submit = () => submitContact({ ...deps, ...deps.storage }, who, customer, contact);
    const answer = key
      ? await once(
          onceOptions,
          { username: who.username, key, fingerprint: fingerprintOf(['add', customerId, contact]) },
          submit,
          () => keepForLater({ ...deps, ...deps.storage }, who, customer, contact),
        )
      : await submit();
    send(res, answer);
  });

  // One re-read (is it still this customer's, unchanged since the form opened?) and one update,
  // one at a time per contact. With a key, a repeat gets the recorded answer without asking Komet
  // (issue 7); the update is harmless to send twice, so a failure leaves the key free to retry.
  routes.put('/customers/:customerId/contacts/:contactId', allow('support'), async (req, res) => {
    const customerId = parseOr400(customerIdSchema, req.params.customerId, 'customerId');
    const contactId = parseOr400(contactIdSchema, req.params.contactId, 'contactId');
    const request = (req.body ?? {}) as { contact?: unknown; expected?: unknown };
    const contact = parseOr400(contactInputSchema, request.contact ?? {});
    // Required: without the version the form started from, a change made meanwhile in Komet
    // could not be told from ours (an empty record would read as "everything changed").
    const expected = parseOr400(contactSnapshotSchema, request.expected, 'expected');
    const key = idempotencyKeyOf(req);
    const who = whoIs(req);
    const customer = await customerNamed(customerId);
    const update = () =>
      serially(`${customerId}/${contactId}`, () =>
        updateContact({ ...deps, audit }, who, customer, contactId, { contact, expected }),
      );
    const fingerprint = fingerprintOf(['update', customerId, contactId, contact, expected]);
    const answer = key
      ? await once(onceOptions, { username: who.username, key, fingerprint }, update, update, {
          repeatable: true,
        })
      : await update();
    send(res, answer);
  });

  // Komet's delete names no customer, so the re-read checks the contact is this customer's
  // (KOMET-API.md, customer.contact.delete). Like the PUT: one at a time per contact, and with a
  // key a repeat gets the recorded 204 or 404 without asking Komet.
  routes.delete(
    '/customers/:customerId/contacts/:contactId',
    allow('support'),
    async (req, res) => {
      const customerId = parseOr400(customerIdSchema, req.params.customerId, 'customerId');
      const contactId = parseOr400(contactIdSchema, req.params.contactId, 'contactId');
      const key = idempotencyKeyOf(req);
      const who = whoIs(req);
      const customer = await customerNamed(customerId);
      const remove = () =>
        serially(`${customerId}/${contactId}`, () =>
          deleteContact({ ...deps, audit }, who, customer, contactId),
        );
      const fingerprint = fingerprintOf(['delete', customerId, contactId]);
      const answer = key
        ? await once(onceOptions, { username: who.username, key, fingerprint }, remove, remove, {
            repeatable: true,
          })
        : await remove();
      send(res, answer);
    },
  );

  return routes;
}

function send(res: Response, answer: RecordedAnswer): void {
  if (answer.status === 204) return void res.status(204).end();
  if (answer.location) res.location(answer.location);
  if (answer.status >= 400) res.type('application/problem+json');
  res.status(answer.status).json(answer.body);
}
