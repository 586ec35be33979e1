import type { SimulatorStore } from '../src/storage/simulator-store';
import { percentile } from '../bench/stats';
import type { SubmissionResult } from './soak-client';

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

export interface Verdict {
  submissions: number;
  /** Extra copies in Komet of a submitted contact. */
  duplicates: number;
  /** Submitted, not refused, and not in Komet. */
  lost: number;
  /** Refused by Komet with a reason the user saw. */
  refused: number;
  /** Told "refused", yet in Komet; or told saved with an id Komet does not have for it. */
  misreported: string[];
  /** Ended with an answer a browser cannot act on (a bug the soak found). */
  failed: string[];
  answerMs: Percentiles;
  settledMs: Percentiles;
}

function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

/**
 * Compares what Komet (the simulator) holds with what each user was told: every submission is
 * in Komet exactly once, or refused with a reason and absent.
 */
export function verdictOf(results: SubmissionResult[], store: SimulatorStore): Verdict {
  let duplicates = 0;
  let lost = 0;
  let refused = 0;
  const misreported: string[] = [];
  const failed: string[] = [];
  for (const result of results) {
    const copies = (store.contacts.get(result.customerId) ?? []).filter(
      (contact) => contact.name === result.name,
    );
    duplicates += Math.max(0, copies.length - 1);
    if (result.outcome === 'refused') {
      refused++;
      if (copies.length > 0)
        misreported.push(`${result.name}: refused (${result.message}), yet in Komet`);
      continue;
    }
    if (copies.length === 0) lost++;
    if (result.outcome === 'saved' && !copies.some((contact) => contact.id === result.contactId)) {
      misreported.push(
        `${result.name}: saved as ${result.contactId}, Komet has ${copies.map((c) => c.id).join(', ')}`,
      );
    }
    if (result.outcome === 'failed') failed.push(`${result.name}: ${result.message ?? ''}`);
    if (result.outcome === 'unsettled') failed.push(`${result.name}: still queued at the end`);
  }
  return {
    submissions: results.length,
    duplicates,
    lost,
    refused,
    misreported,
    failed,
    answerMs: percentiles(results.map((result) => result.answerMs)),
    settledMs: percentiles(
      results.flatMap((result) => (result.settledMs === undefined ? [] : [result.settledMs])),
    ),
  };
}
