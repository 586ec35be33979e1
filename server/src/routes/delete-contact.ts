import { audited } from '../audit/audited';
import type { RecordedAnswer } from '../db/idempotency-keys';
import { forgetUnlessCertain, unknownContact, type UpdateDeps } from './update-contact';

/**
 * One delete, as an answer `once()` can record and replay: 204 deleted, 404 not this customer's.
 * Komet's delete takes the contact id alone (KOMET-API.md, customer.contact.delete), so the
 * customer's contacts are read again first: one re-read and at most one delete.
 */
export async function deleteContact(
  deps: UpdateDeps,
  who: { username: string; userName: string },
  customer: { id: string; name: string },
  contactId: string,
): Promise<RecordedAnswer> {
  const current = (await deps.cache.read(customer.id)).contacts.find((c) => c.id === contactId);
  if (!current) return unknownContact(customer.id, contactId);
  const { id: _id, ...before } = current;
  const entry = {
    at: new Date(deps.now()).toISOString(),
    ...who,
    customerId: customer.id,
    customerName: customer.name,
    contactId,
    action: 'delete' as const,
    fields: {},
    before,
  };
  await forgetUnlessCertain(
    deps.cache,
    customer.id,
    audited(deps.audit, entry, deps.now, () => deps.komet.deleteContact(customer.id, contactId)),
  );
  deps.cache.deleted(customer.id, contactId);
  return { status: 204, body: null, location: null };
}
