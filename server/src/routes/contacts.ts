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
import type { AuditStore } from '../db/audit';
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
  audit: AuditStore;
  now: () => number;
}

export function contactsRouter({ komet, cache, directory, audit, now }: ContactsRouteDeps) {
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

  // Exactly one Komet call per saved contact, and never a retry: Komet's add is not idempotent.
  routes.post('/customers/:customerId/contacts', allow('sales'), async (req, res) => {
    const customerId = parseOr400(customerIdSchema, req.params.customerId, 'customerId');
    const contact = parseOr400(contactInputSchema, req.body ?? {});
    const entry = { ...(await auditBase(req, customerId)), action: 'add' as const };
    const saved = await afterWrite(
      customerId,
      audited(audit, { ...entry, contactId: null, fields: contact, before: null }, now, () =>
        komet.addContact(customerId, contact),
      ),
    );
    cache.saved(customerId, { ...contact, id: saved.contactId });
    const body: AddContactResponse = { contactId: saved.contactId, message: saved.message };
    res.status(201).location(`/api/customers/${customerId}/contacts/${saved.contactId}`).json(body);
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
