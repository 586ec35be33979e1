import type { Request } from 'express';
import {
  changedFields,
  contactIdSchema,
  contactInputSchema,
  customerIdSchema,
  contactSnapshotSchema,
  type AddContactResponse,
  type ContactConflict,
  type ContactListResponse,
} from '../contract';
import { allow, guardedRouter } from '../auth/access';
import { audited } from '../audit/audited';
import type { Storage } from '../db/storage';
import type { Logger } from '../logger';
import { fingerprintOf, idempotencyKeyOf, once } from '../outbox/idempotency';
import { keepForLater, submitContact } from '../outbox/submit-contact';
import { ProblemError, sendProblem } from '../errors';
import { KometRejectedError, type Komet } from '../komet/komet';
import type { ContactCache } from '../storage/contact-cache';
import type { CustomerDirectory } from '../storage/customer-directory';
import { customerNotFound } from './customers';
import { oneAtATime } from './one-at-a-time';
import { parseOr400 } from './parse';

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
  const { komet, cache, directory, now } = deps;
  const audit = deps.storage.audit;
  const routes = guardedRouter();
  const serially = oneAtATime();

  /** A write whose outcome is unknown (timeout, broken answer) drops the cached list. */
  async function afterWrite<T>(customerId: string, write: Promise<T>): Promise<T> {
    try {
      return await write;
    } catch (error) {
      const certain = error instanceof KometRejectedError || error instanceof ProblemError;
      if (!certain) cache.forget(customerId);
      throw error;
    }
  }

  /** Who changes which customer, for the audit trail. */
  async function auditBase(req: Request, customerId: string) {
    const customer = (await directory.ready()).get(customerId);
    return {
      at: new Date(now()).toISOString(),
      username: req.user!.username,
      userName: req.user!.name,
      customerId,
      customerName: customer?.name ?? '',
    };
  }

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
    const who = { username: req.user!.username, userName: req.user!.name };
    const customer = { id: customerId, name: (await auditBase(req, customerId)).customerName };
    const submit = () => submitContact({ ...deps, ...deps.storage }, who, customer, contact);
    const answer = key
      ? await once(
          { keys: deps.storage.idempotencyKeys, now, staleAfterMs: deps.staleAfterMs },
          { username: who.username, key, fingerprint: fingerprintOf(['add', customerId, contact]) },
          submit,
          () => keepForLater({ ...deps, ...deps.storage }, who, customer, contact),
        )
      : await submit();
    if (answer.location) res.location(answer.location);
    if (answer.status >= 400) res.type('application/problem+json');
    res.status(answer.status).json(answer.body);
  });

  // One re-read (is it still this customer's, unchanged since the form opened?) and one update.
  routes.put('/customers/:customerId/contacts/:contactId', allow('support'), async (req, res) => {
    const customerId = parseOr400(customerIdSchema, req.params.customerId, 'customerId');
    const contactId = parseOr400(contactIdSchema, req.params.contactId, 'contactId');
    const request = (req.body ?? {}) as { contact?: unknown; expected?: unknown };
    const contact = parseOr400(contactInputSchema, request.contact ?? {});
    const expected = parseOr400(contactSnapshotSchema, request.expected ?? {}, 'expected');
    await serially(`${customerId}/${contactId}`, async () => {
      const current = (await cache.read(customerId)).contacts.find((item) => item.id === contactId);
      if (!current) {
        return sendProblem(res, {
          status: 404,
          title: 'Contact not found',
          detail: `Customer ${customerId} has no contact ${contactId} in Komet.`,
        });
      }
      const changed = changedFields(expected, current);
      if (changed.length > 0) {
        const conflict: ContactConflict = {
          type: 'about:blank',
          status: 409,
          title: 'Changed in Komet meanwhile',
          detail: `Someone changed this contact in Komet since you opened it (${changed.join(', ')}). Nothing was saved.`,
          current,
          changedFields: changed,
        };
        return void res.status(409).type('application/problem+json').json(conflict);
      }
      const entry = { ...(await auditBase(req, customerId)), action: 'update' as const };
      const { id: _id, ...before } = current;
      const saved = await afterWrite(
        customerId,
        audited(audit, { ...entry, contactId, fields: contact, before }, now, () =>
          komet.updateContact(customerId, contactId, contact),
        ),
      );
      cache.saved(customerId, { ...contact, id: contactId });
      const body: AddContactResponse = { contactId: saved.contactId, message: saved.message };
      res.json(body);
    });
  });

  return routes;
}
