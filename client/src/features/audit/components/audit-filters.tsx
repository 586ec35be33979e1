import { msg, t } from '@lingui/core/macro';
import { useForm } from 'react-hook-form';
import { AUDIT_ACTIONS, AUDIT_OUTCOMES, type AuditOutcome } from '@komet-contacts/server/contract';
import { Field } from '../../../components/ui/field';
import { i18n, type MessageDescriptor } from '../../../i18n/runtime';
import type { AuditFilters } from '../api/list-audit';
import { ACTION_NAMES, OUTCOME_LABELS } from './audit-wording';
import './audit.css';

type FilterValues = Required<AuditFilters>;

const OUTCOME_NAMES: Record<AuditOutcome, MessageDescriptor> = {
  ...OUTCOME_LABELS,
  unknown: msg`Unknown`,
};

/** Narrows the trail; applying puts the filters in the URL, so the view can be shared. */
export function AuditFiltersForm({
  filters,
  onApply,
}: {
  filters: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}) {
  const form = useForm<FilterValues>({
    defaultValues: { customerId: '', user: '', action: '', outcome: '', ...filters },
  });
  const customerError = form.formState.errors.customerId?.message;
  return (
    <form
      noValidate
      role="search"
      aria-label={t`Filter the audit trail`}
      className="audit-filters"
      onSubmit={(event) => void form.handleSubmit(onApply)(event)}
    >
      <Field id="audit-user" label={t`Username`}>
        {(control) => <input {...control} type="text" {...form.register('user')} />}
      </Field>
      <Field id="audit-action" label={t`Action`}>
        {(control) => (
          <select {...control} {...form.register('action')}>
            <option value="">{t`Any`}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {i18n._(ACTION_NAMES[action])}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="audit-outcome" label={t`Outcome`}>
        {(control) => (
          <select {...control} {...form.register('outcome')}>
            <option value="">{t`Any`}</option>
            {AUDIT_OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {i18n._(OUTCOME_NAMES[outcome])}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="audit-customer" label={t`Customer id`} error={customerError}>
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="numeric"
            {...form.register('customerId', {
              pattern: { value: /^\s*\d{0,20}\s*$/, message: t`A customer id is digits only` },
            })}
          />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button-primary">
          {t`Show entries`}
        </button>
      </div>
    </form>
  );
}
