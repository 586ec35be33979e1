import { useId, useState, type KeyboardEvent, type Ref } from 'react';
import type { CustomerSummary } from '@komet-contacts/server/contract';
import { Field } from '../../../components/ui/field';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useSearchCustomers } from '../api/search-customers';
import { CustomerOption } from './customer-option';

export interface CustomerPickerProps {
  id: string;
  value: CustomerSummary | null;
  onChange: (customer: CustomerSummary | null) => void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  error?: string | undefined;
  /** False where the picker is a plain search (the Customers screen), not a form field. */
  required?: boolean;
  /** Customers to offer as one-click picks while nothing is typed (recently opened ones). */
  recent?: readonly CustomerSummary[];
}

/**
 * A type-ahead combobox (WAI-ARIA 1.2 pattern): type part of a name, code or id, move with the
 * arrow keys, pick with Enter, close with Escape. Searches hit our server's cached copy of the
 * customer list, never Komet.
 */
export function CustomerPicker({
  id,
  value,
  onChange,
  onBlur,
  inputRef,
  error,
  required = true,
  recent = [],
}: CustomerPickerProps) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [includeInactive, setIncludeInactive] = useState(false);
  const listId = useId();
  const query = useDebouncedValue(value ? '' : text, 150);
  const search = useSearchCustomers(query, includeInactive);
  const options = open && !value ? (search.data?.customers ?? []) : [];
  // Results of an older query stay visible while the next one loads; Enter must not pick from them.
  const resultsAreCurrent = !search.isPlaceholderData && query === text.trim();
  const expanded = options.length > 0;
  const activeOption = expanded ? options[Math.min(active, options.length - 1)] : undefined;

  function pick(customer: CustomerSummary) {
    onChange(customer);
    setText(customer.name);
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => Math.max(0, Math.min(options.length - 1, current + step)));
    } else if (event.key === 'Enter' && expanded) {
      event.preventDefault();
      if (activeOption && resultsAreCurrent) pick(activeOption);
    } else if (event.key === 'Escape' && (expanded || text)) {
      event.preventDefault();
      if (expanded) return setOpen(false);
      setText('');
      onChange(null);
    }
  }

  return (
    <div className="field-wide">
      <Field id={id} label="Customer" required={required} error={error} hint={statusText()}>
        {(control) => (
          <div className="combobox">
            <input
              {...control}
              ref={inputRef}
              type="text"
              role="combobox"
              autoComplete="off"
              spellCheck={false}
              placeholder="Type part of a name, code or id"
              aria-autocomplete="list"
              aria-expanded={expanded}
              aria-controls={listId}
              aria-activedescendant={activeOption ? `${listId}-${activeOption.id}` : undefined}
              value={value ? value.name : text}
              onChange={(event) => {
                if (value) onChange(null);
                setText(event.target.value);
                setActive(0);
                setOpen(true);
              }}
              onFocus={() => setOpen(true)}
              onBlur={() => {
                setOpen(false);
                onBlur?.();
              }}
              onKeyDown={onKeyDown}
            />
            <ul
              id={listId}
              role="listbox"
              aria-label="Matching customers"
              className="listbox"
              hidden={!expanded}
            >
              {options.map((customer) => (
                <CustomerOption
                  key={customer.id}
                  id={`${listId}-${customer.id}`}
                  customer={customer}
                  active={customer === activeOption}
                  onPick={() => pick(customer)}
                />
              ))}
            </ul>
          </div>
        )}
      </Field>
      {!value && !text && recent.length > 0 && (
        <p className="recent-picks">
          Recent:{' '}
          {recent.slice(0, 4).map((customer) => (
            <button key={customer.id} type="button" className="chip" onClick={() => pick(customer)}>
              {customer.name}
            </button>
          ))}
        </p>
      )}
      {!value && (
        <label className="inline-check">
          <input
            type="checkbox"
            checked={includeInactive}
            onChange={(event) => setIncludeInactive(event.target.checked)}
          />
          Include inactive customers
        </label>
      )}
    </div>
  );

  function statusText(): string {
    if (value)
      return `Code ${value.code || '—'} · Id ${value.id}${value.active ? '' : ' · Inactive'}`;
    if (!query) return 'Search by name, code or id.';
    if (search.isError) return 'Customer search failed. Try again in a moment.';
    if (!search.data) return 'Searching…';
    const { customers, total } = search.data;
    if (total === 0) return `No customer matches “${query}”.`;
    if (total > customers.length) {
      return `Best ${customers.length} of ${total} matches: keep typing to narrow.`;
    }
    return total === 1 ? '1 match.' : `${total} matches.`;
  }
}
