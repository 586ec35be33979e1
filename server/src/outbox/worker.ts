import { actingAs } from '../auth/acting-user';
import { auditStep, failureOf, type NewAuditStep } from '../audit/steps';
import type { Storage } from '../db/storage';
import type { ImportEvents } from '../imports/import-events';
import type { OutboxItem } from '../db/submissions';
import { KometRejectedError, type Komet } from '../komet/komet';
import type { Logger } from '../logger';
import type { ContactCache } from '../storage/contact-cache';
import { keepable, nextAttemptAt } from './outcome';
import { findInKomet } from './reconcile';

/** A preview not started within a day is dropped: the file is checked again in seconds. */
const PREVIEW_KEPT_MS = 24 * 3_600_000;

export interface WorkerOptions {
  storage: Pick<Storage, 'submissions' | 'audit' | 'idempotencyKeys' | 'imports'>;
  /** An import's progress bars follow its rows (issue 10). */
  importEvents?: ImportEvents;
  komet: Komet;
  cache: ContactCache;
  logger: Logger;
  now: () => number;
  /** OUTBOX_RETRY_SECONDS: the first wait after a failed attempt; it doubles up to an hour. */
  retrySeconds: number;
  /** How long an item stays claimed: long enough for a look-up and an add. */
  leaseMs: number;
  /** How often to look for due items when there is nothing to do. */
  pollMs: number;
  /** Milliseconds until Komet, down, may be tried again (0: up); items wait rather than fail. */
  kometPausedFor?: () => number;
}

/**
 * Sends the outbox to Komet, one item at a time, in each customer's submission order. Before
 * resending an item that may have reached Komet, it looks for it there, so nothing is added
 * twice; several processes can run a worker on one PostgreSQL database (claims are leases).
 */
export class OutboxWorker {
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<unknown> = Promise.resolve();
  private running = false;
  private lastSweep = 0;
  private lastRelease = 0;

  constructor(private readonly options: WorkerOptions) {}

  start(): void {
    this.running = true;
    this.schedule(0);
  }

  /** Stops taking items; resolves once the item in hand (if any) is settled. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.current;
  }

  /** Something was queued: look now rather than at the next poll. */
  wake(): void {
    if (this.running) this.schedule(0);
  }

  /** Claims and handles one due item; false when none is due. */
  async tick(): Promise<boolean> {
    const { storage, now, leaseMs } = this.options;
    const at = now();
    if (at - this.lastSweep > 3_600_000) {
      this.lastSweep = at;
      await storage.idempotencyKeys.deleteExpired(new Date(at).toISOString());
      await storage.imports.deletePreviewsBefore(new Date(at - PREVIEW_KEPT_MS).toISOString());
    }
    // Import rows held for the budget's reset: a look every few seconds is soon enough.
    if (at - this.lastRelease > 5_000) {
      this.lastRelease = at;
      await storage.submissions.releaseScheduled(new Date(at).toISOString());
    }
    const item = await storage.submissions.claimNext(
      new Date(at).toISOString(),
      new Date(at + leaseMs).toISOString(),
    );
    if (!item) return false;
    // Counted against the item's owner, and as background work: it yields the budget's last tenth.
    await actingAs({ username: item.username, background: true }, () => this.send(item));
    if (item.importId !== null) await this.importRowSettled(item.importId);
    return true;
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      // Komet is down: an attempt now would only fail and push the item's next try further out.
      const pausedMs = this.options.kometPausedFor?.() ?? 0;
      if (pausedMs > 0) return void (this.running && this.schedule(pausedMs));
      const round = this.tick().then(
        (worked) => worked,
        (error: unknown) => {
          this.options.logger.error('outbox.failed', { error: String(error) });
          return false;
        },
      );
      this.current = round;
      void round.then((worked) => {
        if (this.running) this.schedule(worked ? 0 : this.options.pollMs);
      });
    }, delayMs);
    this.timer.unref();
  }

  private async send(item: OutboxItem): Promise<void> {
    const { storage, komet, cache, logger, now } = this.options;
    const at = () => new Date(now()).toISOString();
    const log = (outcome: string, extra: Record<string, unknown> = {}) =>
      logger.info('outbox.attempt', {
        submissionId: item.id,
        attempt: item.attempts,
        outcome,
        ...extra,
      });
    const attempt = item.attempts;
    // Until Komet's list has been read, an earlier attempt may still have saved it.
    let unresolved = item.mayHaveWritten;
    try {
      if (unresolved) {
        const found = await findInKomet(cache, item.customerId, item.contact, item.beforeIds);
        if (found) {
          await this.step(item, auditStep('retry-found', { attempt }));
          return await this.sent(item, found, 'The contact was found in Komet.', log);
        }
        await this.step(item, auditStep('retry-not-found', { attempt }));
        unresolved = false;
      }
      const saved = await komet.addContact(item.customerId, item.contact);
      cache.saved(item.customerId, { ...item.contact, id: saved.contactId });
      await this.step(item, auditStep('retry-sent', { attempt, contactId: saved.contactId }));
      await this.sent(item, saved.contactId, saved.message, log);
    } catch (error) {
      // Only the add's refusal is about the contact. A refused look-up says nothing about it,
      // and the contact may be in Komet: keep it, and look again (issue 7).
      if (error instanceof KometRejectedError && !unresolved) {
        await storage.submissions.settle(
          item.id,
          { state: 'refused', message: error.kometMessage },
          at(),
        );
        await this.step(
          item,
          auditStep('retry-refused', { attempt, kometMessage: error.kometMessage }),
        );
        if (item.auditId !== null) {
          await storage.audit.complete(item.auditId, {
            outcome: 'refused',
            message: error.kometMessage,
            at: at(),
          });
        }
        return log('refused');
      }
      // Anything else leaves the item queued; an unexplained failure may have reached Komet.
      const kept = keepable(error) ?? { mayHaveWritten: true, message: String(error) };
      const nextAttempt = nextAttemptAt(now(), item.attempts, this.options.retrySeconds);
      const mayHaveWritten = unresolved || kept.mayHaveWritten;
      await storage.submissions.settle(
        item.id,
        { state: 'queued', nextAttemptAt: nextAttempt, mayHaveWritten, message: kept.message },
        at(),
      );
      const code = unresolved ? 'retry-look-up-failed' : 'retry-failed';
      const failure = { ...failureOf(error), reason: kept.message };
      await this.step(item, auditStep(code, { attempt, ...failure, nextAttemptAt: nextAttempt }));
      log('retry', { nextAttemptAt: nextAttempt, reason: kept.message });
    }
  }

  /** A row put back while its import was paused waits too; the last row ends the import. */
  private async importRowSettled(importId: string): Promise<void> {
    const { imports } = this.options.storage;
    await imports.holdIfPaused(importId);
    await imports.finishIfDone(importId, new Date(this.options.now()).toISOString());
    this.options.importEvents?.changed(importId);
  }

  private async step(item: OutboxItem, step: NewAuditStep): Promise<void> {
    if (item.auditId === null) return;
    const at = new Date(this.options.now()).toISOString();
    await this.options.storage.audit.step(item.auditId, { at, ...step });
  }

  private async sent(
    item: OutboxItem,
    contactId: string,
    message: string,
    log: (outcome: string, extra?: Record<string, unknown>) => void,
  ): Promise<void> {
    const at = new Date(this.options.now()).toISOString();
    await this.options.storage.submissions.settle(
      item.id,
      { state: 'sent', contactId, message },
      at,
    );
    if (item.auditId !== null) {
      await this.options.storage.audit.complete(item.auditId, {
        outcome: 'saved',
        message,
        contactId,
        at,
      });
    }
    log('sent', { contactId });
  }
}
