import { plural, t } from '@lingui/core/macro';
import type { AuditStep } from '@komet-contacts/server/contract';
import { describeStep } from '../step-words';
import { formatWhen } from './audit-wording';
import './audit.css';

/**
 * What happened after the first attempt (Komet failed, looked up, kept here, sent later),
 * folded away: most entries have none, and the outcome already says how it ended.
 */
export function AuditSteps({ steps }: { steps: AuditStep[] }) {
  if (steps.length === 0) return null;
  const count = steps.length;
  return (
    <details className="audit-steps">
      <summary>{t`How it got there (${plural(count, { one: '# step', other: '# steps' })})`}</summary>
      <ol>
        {steps.map((step, index) => (
          <li key={index}>
            <time dateTime={step.at}>{formatWhen(step.at)}</time> {describeStep(step)}
          </li>
        ))}
      </ol>
    </details>
  );
}
