import type { AuditEntry } from '@komet-contacts/server/contract';
import { describeOutcome } from './audit-wording';
import './audit.css';

/** The outcome, coloured by whether the change is in Komet, worded for the person reading. */
export function OutcomeNote({ entry }: { entry: AuditEntry }) {
  return <span className={`outcome outcome-${entry.outcome}`}>{describeOutcome(entry)}</span>;
}
