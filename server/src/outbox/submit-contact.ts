import { auditStep, failureOf, type NewAuditStep } from '../audit/steps';
import type { AddContactResponse, ContactInput, QueuedResponse } from '../contract';
import type { AuditStore } from '../db/audit';
import type { OutboxItem, SubmissionsStore } from '../db/submissions';
import { KometRejectedError, type Komet } from '../komet/komet';
import type { Logger } from '../logger';
import type { ContactCache } from '../storage/contact-cache';
import { keepable, nextAttemptAt } from './outcome';
import { findInKomet, identicalBefore } from './reconcile';

export interface SubmitDeps {
  komet: Komet;
  cache: ContactCache;
  audit: AuditStore;
  submissions: SubmissionsStore;
  logger: Logger;
  now: () => number;
  /** Called when an item joins the outbox, so the worker need not wait for its next round. */
  onQueued?: () => void;
  /** OUTBOX_RETRY_SECONDS: Komet just failed, so the first resend waits this long. */
  retrySeconds: number;
}

export type SubmitAnswer =
  | { status: 201; body: AddContactResponse; location: string }
  | { status: 202; body: QueuedResponse; location: string };

/** The audit entry of an add, written before Komet is called. */
const beginAdd = (
  audit: AuditStore,
  at: string,
  who: { username: string; userName: string },
  customer: { id: string; name: string },
  contact: ContactInput,
) =>
  audit.begin({
    at,
    ...who,
    customerId: customer.id,
    customerName: customer.name,
    contactId: null,
    action: 'add',
    fields: contact,
    before: null,
  });

/** The audit step for an add kept in the outbox. */
const queuedStep = (item: Pick<OutboxItem, 'id' | 'nextAttemptAt'>) =>
  auditStep('queued', { submissionId: item.id, nextAttemptAt: item.nextAttemptAt });

export const QUEUED_MESSAGE = 'Saved here, not yet in Komet: it will be sent when Komet answers.';

/**
 * One add, exactly once (issue 7). Komet's add is not idempotent, so a failure is never resent
 * blindly: when Komet may have saved the contact, its list is read to find it; when it did not
 * (or cannot be read), the add is kept in the outbox and the worker sends it later.
 */
export async function submitContact(
  deps: SubmitDeps,
  who: { username: string; userName: string },
  customer: { id: string; name: string },
  contact: ContactInput,
): Promise<SubmitAnswer> {
  const at = () => new Date(deps.now()).toISOString();
  const saved201 = (contactId: string, message: string): SubmitAnswer => ({
    status: 201,
    body: { contactId, message },
    location: `/api/customers/${customer.id}/contacts/${contactId}`,
  });
  const beforeIds = identicalBefore(deps.cache, customer.id, contact);
  const auditId = await beginAdd(deps.audit, at(), who, customer, contact);
  let failure: { mayHaveWritten: boolean; message: string } | undefined;
  let failed: NewAuditStep | undefined;
  try {
    const saved = await deps.komet.addContact(customer.id, contact);
    await deps.audit.complete(auditId, { outcome: 'saved', ...saved, at: at() });
    deps.cache.saved(customer.id, { ...contact, id: saved.contactId });
    return saved201(saved.contactId, saved.message);
  } catch (error) {
    if (error instanceof KometRejectedError) {
      await deps.audit.complete(auditId, {
        outcome: 'refused',
        message: error.kometMessage,
        at: at(),
      });
      throw error;
    }
    failure = keepable(error);
    if (!failure) throw error;
    failed = auditStep('komet-failed', failureOf(error));
  }
  const step = (recorded: NewAuditStep) => deps.audit.step(auditId, { at: at(), ...recorded });
  await step(failed);

  const mayHaveWritten = failure.mayHaveWritten;
  if (mayHaveWritten) {
    deps.cache.forget(customer.id);
    const found = await findInKomet(deps.cache, customer.id, contact, beforeIds).then(
      (id) => ({ id }),
      (error: unknown) => ({ error }), // Komet cannot be read either: the worker will look again.
    );
    const foundId = 'id' in found ? found.id : undefined;
    deps.logger.info('add.reconciled', { customerId: customer.id, auditId, found: foundId });
    if (foundId) {
      await step(auditStep('found', { contactId: foundId }));
      const message = `Komet did not answer (${failure.message}), but the contact is in Komet.`;
      await deps.audit.complete(auditId, {
        outcome: 'saved',
        message,
        contactId: foundId,
        at: at(),
      });
      return saved201(foundId, 'Contact was saved in Komet.');
    }
    if ('error' in found) {
      await step(auditStep('look-up-failed', failureOf(found.error)));
    } else {
      // Not there yet is not proof: Komet may still be working on the request we gave up on and
      // save it later (the duplicate). So the worker looks again before it sends.
      await step(auditStep('not-found-yet', {}));
    }
  }
  const item = await deps.submissions.enqueue({
    ...who,
    customerId: customer.id,
    customerName: customer.name,
    contact,
    mayHaveWritten,
    beforeIds,
    auditId,
    message: failure.message,
    at: at(),
    nextAttemptAt: nextAttemptAt(deps.now(), 1, deps.retrySeconds),
  });
  await step(queuedStep(item));
  await deps.audit.complete(auditId, { outcome: 'queued', message: failure.message, at: at() });
  deps.onQueued?.();
  return {
    status: 202,
    body: { status: 'queued', submissionId: item.id, message: QUEUED_MESSAGE },
    location: `/api/submissions/${item.id}`,
  };
}

/**
 * For a repeat of a request that died mid-way (its key still running): Komet may or may not
 * have the contact, so it goes to the outbox, where the worker looks for it before sending.
 */
export async function keepForLater(
  deps: Pick<SubmitDeps, 'now' | 'onQueued' | 'audit' | 'submissions'>,
  who: { username: string; userName: string },
  customer: { id: string; name: string },
  contact: ContactInput,
): Promise<SubmitAnswer> {
  const at = () => new Date(deps.now()).toISOString();
  // The attempt that died left its own entry, reading unknown; this one follows the contact on.
  const auditId = await beginAdd(deps.audit, at(), who, customer, contact);
  const interrupted = auditStep('interrupted', {});
  const message = interrupted.message;
  await deps.audit.step(auditId, { at: at(), ...interrupted });
  const item = await deps.submissions.enqueue({
    ...who,
    customerId: customer.id,
    customerName: customer.name,
    contact,
    mayHaveWritten: true,
    beforeIds: null,
    auditId,
    message,
    at: at(),
    // Looked for (and sent if missing) at once: the earlier attempt is long over.
    nextAttemptAt: at(),
  });
  await deps.audit.step(auditId, { at: at(), ...queuedStep(item) });
  await deps.audit.complete(auditId, { outcome: 'queued', message, at: at() });
  deps.onQueued?.();
  return {
    status: 202,
    body: { status: 'queued', submissionId: item.id, message: QUEUED_MESSAGE },
    location: `/api/submissions/${item.id}`,
  };
}
