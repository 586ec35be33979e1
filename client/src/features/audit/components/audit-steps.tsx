import type { AuditStep } from '@komet-contacts/server/contract';
import { formatWhen } from './audit-wording';

/**
 * What happened after the first attempt (Komet failed, looked up, kept here, sent later),
 * folded away: most entries have none, and the outcome already says how it ended.
 */
export function AuditSteps({ steps }: { steps: AuditStep[] }) {
  if (steps.length === 0) return null;
  return (
    <details className="audit-steps">
      <summary>
        How it got there ({steps.length === 1 ? '1 step' : `${steps.length} steps`})
      </summary>
      <ol>
        {steps.map((step, index) => (
          <li key={index}>
            <time dateTime={step.at}>{formatWhen(step.at)}</time> {step.message}
          </li>
        ))}
      </ol>
    </details>
  );
}
