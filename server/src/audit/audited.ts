import type { AuditOutcome } from '../contract';
import type { AuditStore, NewAuditEntry } from '../db/audit';
import { ProblemError } from '../errors';
import { KometRejectedError, KometTimeoutError, KometUnavailableError } from '../komet/komet';

/** What a failed call means for the record: did Komet refuse, fail, or may it have saved? */
export function outcomeOf(error: unknown): { outcome: AuditOutcome; message: string } {
  if (error instanceof KometRejectedError)
    return { outcome: 'refused', message: error.kometMessage };
  if (error instanceof KometTimeoutError) return { outcome: 'unknown', message: error.message };
  if (error instanceof KometUnavailableError) {
    return { outcome: error.mayHaveWritten ? 'unknown' : 'failed', message: error.message };
  }
  // Refused before reaching Komet (the day's budget, say): nothing was sent.
  if (error instanceof ProblemError) return { outcome: 'failed', message: error.problem.detail };
  return { outcome: 'unknown', message: error instanceof Error ? error.message : String(error) };
}

/**
 * Runs a Komet write with its audit entry around it: written before the call (so a crash leaves
 * it `unknown`, never missing) and completed with the outcome after.
 */
export async function audited<T extends { contactId: string; message: string }>(
  audit: AuditStore,
  entry: NewAuditEntry,
  now: () => number,
  write: () => Promise<T>,
): Promise<T> {
  const id = await audit.begin(entry);
  const at = () => new Date(now()).toISOString();
  try {
    const saved = await write();
    await audit.complete(id, {
      outcome: 'saved',
      message: saved.message || null,
      contactId: saved.contactId,
      at: at(),
    });
    return saved;
  } catch (error) {
    await audit.complete(id, { ...outcomeOf(error), at: at() });
    throw error;
  }
}
