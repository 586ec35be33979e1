import {
  changedFields,
  type AddContactResponse,
  type ContactConflict,
  type ContactInput,
  type ContactSnapshot,
} from '../contract';
import { audited } from '../audit/audited';
import type { AuditStore } from '../db/audit';
import type { RecordedAnswer } from '../db/idempotency-keys';
import { ProblemError } from '../errors';
import { KometRejectedError, type Komet } from '../komet/komet';
import type { ContactCache } from '../storage/contact-cache';

export interface UpdateDeps {
  komet: Komet;
  cache: ContactCache;
  audit: AuditStore;
  now: () => number;
}

const ALREADY_SAVED_MESSAGE = 'Komet already has these values: nothing needed saving.';

const saved200 = (body: AddContactResponse): RecordedAnswer => ({
  status: 200,
  body,
  location: null,
});

const problemAnswer = (
  status: number,
  problem: { code: string; title: string; detail: string },
): RecordedAnswer => ({
  status,
  body: { type: 'about:blank', status, ...problem },
  location: null,
});

/** 404: the contact is not this customer's in Komet (or not there at all). */
export const unknownContact = (customerId: string, contactId: string): RecordedAnswer =>
  problemAnswer(404, {
    code: 'unknown-contact',
    title: 'Contact not found',
    detail: `Customer ${customerId} has no contact ${contactId} in Komet.`,
  });

/**
 * One update, as an answer `once()` can record and replay: 200 saved, 404 no such contact, 409
 * changed in Komet since the form opened. Komet's refusal and failures are thrown, as for any
 * route. One re-read (is it still this customer's, unchanged?) and at most one update.
 *
 * When Komet already holds exactly the submitted record, the answer is 200 and nothing is sent,
 * even if it differs from `expected`. That is what makes a retry safe after a lost answer
 * (a timeout, a dropped connection; issue 7): the earlier attempt may have written, and its own
 * change would otherwise look like "changed in Komet meanwhile". Sending the same fields again
 * would be harmless, but there is nothing to send, and nobody's change is overwritten.
 */
export async function updateContact(
  deps: UpdateDeps,
  who: { username: string; userName: string },
  customer: { id: string; name: string },
  contactId: string,
  { contact, expected }: { contact: ContactInput; expected: ContactSnapshot },
): Promise<RecordedAnswer> {
  const current = (await deps.cache.read(customer.id)).contacts.find((c) => c.id === contactId);
  if (!current) return unknownContact(customer.id, contactId);
  const { id: _id, ...before } = current;
  if (changedFields(contact, before).length === 0) {
    return saved200({ contactId, message: ALREADY_SAVED_MESSAGE });
  }
  const changed = changedFields(expected, before);
  if (changed.length > 0) {
    const conflict: ContactConflict = {
      type: 'about:blank',
      status: 409,
      code: 'changed-in-komet',
      title: 'Changed in Komet meanwhile',
      detail: `Someone changed this contact in Komet since you opened it (${changed.join(', ')}). Nothing was saved.`,
      current,
      changedFields: changed,
    };
    return { status: 409, body: conflict, location: null };
  }
  const entry = {
    at: new Date(deps.now()).toISOString(),
    ...who,
    customerId: customer.id,
    customerName: customer.name,
    contactId,
    action: 'update' as const,
    fields: contact,
    before,
  };
  const saved = await forgetUnlessCertain(
    deps.cache,
    customer.id,
    audited(deps.audit, entry, deps.now, () =>
      deps.komet.updateContact(customer.id, contactId, contact),
    ),
  );
  deps.cache.saved(customer.id, { ...contact, id: contactId });
  return saved200({ contactId: saved.contactId, message: saved.message });
}

/** A write whose outcome is unknown (timeout, broken answer) drops the cached list. */
export async function forgetUnlessCertain<T>(
  cache: ContactCache,
  customerId: string,
  write: Promise<T>,
): Promise<T> {
  try {
    return await write;
  } catch (error) {
    const certain = error instanceof KometRejectedError || error instanceof ProblemError;
    if (!certain) cache.forget(customerId);
    throw error;
  }
}
