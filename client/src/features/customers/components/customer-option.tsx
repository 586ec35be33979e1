import { t } from '@lingui/core/macro';
import type { CustomerSummary } from '@komet-contacts/server/contract';

interface CustomerOptionProps {
  id: string;
  customer: CustomerSummary;
  active: boolean;
  onPick: () => void;
}

/** Marks an inactive customer wherever one can be picked or is chosen. */
export const InactiveBadge = () => <span className="badge badge-inactive">{t`Inactive`}</span>;

export function CustomerOption({ id, customer, active, onPick }: CustomerOptionProps) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={`option${active ? ' option-active' : ''}`}
      // Keep focus in the input, so the list does not close before the click lands.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPick}
    >
      <span className="option-name">{customer.name}</span>
      <span className="option-meta">
        {customer.code && <span>{customer.code}</span>}
        <span>#{customer.id}</span>
        {!customer.active && <InactiveBadge />}
      </span>
    </li>
  );
}
