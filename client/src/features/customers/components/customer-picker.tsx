import { plural, t } from '@lingui/core/macro';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import type { CustomerSummary } from '@komet-contacts/server/contract';
import { Field } from '../../../components/ui/field';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { searchCustomers, useSearchCustomers } from '../api/search-customers';
import { CustomerOption, InactiveBadge } from './customer-option';

export interface CustomerPickerProps {
  id: string;
  value: CustomerSummary | null;
  onChange: (customer: CustomerSummary | null) => void;
  /** Called when the user leaves the box empty after typing in it: the time for an error. */
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  error?: string | undefined;
  /** False where the picker is a plain search (the Customers screen), not a form field. */
  required?: boolean;
  /** Customers to offer as one-click picks while nothing is typed (recently opened ones). */
  recent?: readonly CustomerSummary[];
}

/**
 * A type-ahead combobox (WAI-ARIA APG, list autocomplete with automatic selection): the first
 * match is highlighted as results come; arrows move, Enter or Tab picks the highlighted one (Tab
 * then moves on), Escape closes and then clears. Enter or Tab pressed before this text's results
 * came picks the top match when they come; Enter never submits the form. Searches hit our
 * server's cached copy of the customer list, never Komet.
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
  const box = useRef<HTMLDivElement>(null);
  // Counts edits and picks: a wait for results picks only if nothing happened meanwhile, and an
  // empty box is an error only once the user typed in it.
  const edits = useRef(0);
  const queryClient = useQueryClient();
  const listId = useId();
  const wanted = value ? '' : text.trim();
  const query = useDebouncedValue(wanted, 150);
  const search = useSearchCustomers(query, includeInactive);
  // Results of an older query stay visible while the next one loads; nothing is picked from them.
  const current = query === wanted && !search.isPlaceholderData ? search.data : undefined;
  const options = open && !value ? (search.data?.customers ?? []) : [];
  const expanded = options.length > 0;
  const activeOption = expanded ? options[Math.min(active, options.length - 1)] : undefined;
  const inactive = (!current?.total && current?.inactive) || 0;

  function pick(customer: CustomerSummary) {
    edits.current++;
    onChange(customer);
    setText(customer.name);
    setOpen(false);
  }

  /** Enter or Tab before this text's results came: the top match, once they come. */
  async function pickTopWhenReady() {
    const at = edits.current;
    const found = await queryClient
      .fetchQuery(searchCustomers(wanted, includeInactive))
      .catch(() => undefined); // the hint tells the search failed
    const top = found?.customers[0];
    if (top && at === edits.current) pick(top);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const { key } = event;
    // Enter picks or waits here; saving is Ctrl+Enter's job (the form's own handler).
    if (key === 'Enter') event.preventDefault();
    if (key === 'ArrowDown' || key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = key === 'ArrowDown' ? 1 : -1;
      setActive((at) => Math.max(0, Math.min(options.length - 1, at + step)));
    } else if ((key === 'Enter' || (key === 'Tab' && required)) && wanted) {
      // (Tab picks in a form, not in a plain search, where picking opens the customer.)
      const choice = current && (activeOption ?? current.customers[0]);
      if (choice) pick(choice);
      else if (!current) void pickTopWhenReady();
    } else if (key === 'Escape' && (expanded || text)) {
      event.preventDefault();
      if (expanded) return setOpen(false);
      edits.current++;
      setText('');
      onChange(null);
    }
  }

  return (
    <div className="field-wide" ref={box}>
      <Field id={id} label={t`Customer`} required={required} error={error} hint={status()}>
        {(control) => (
          <div className="combobox">
            <input
              {...control}
              ref={inputRef}
              type="text"
              role="combobox"
              autoComplete="off"
              spellCheck={false}
              placeholder={t`Type part of a name, code or id`}
              aria-autocomplete="list"
              aria-expanded={expanded}
              aria-controls={listId}
              aria-activedescendant={activeOption ? `${listId}-${activeOption.id}` : undefined}
              value={value ? value.name : text}
              onChange={(event) => {
                if (value) onChange(null);
                edits.current++;
                setText(event.target.value);
                setActive(0);
                setOpen(true);
              }}
              onFocus={() => setOpen(true)}
              onBlur={(event) => {
                setOpen(false);
                // No error before the user did something wrong: only when they leave the box
                // empty after typing, and not for a Recent pick or the inactive offer.
                const within = box.current?.contains(event.relatedTarget);
                if (edits.current && !value && !text.trim() && !within) onBlur?.();
              }}
              onKeyDown={onKeyDown}
            />
            <ul
              id={listId}
              role="listbox"
              aria-label={t`Matching customers`}
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
          {t`Recent:`}{' '}
          {recent.slice(0, 4).map((customer) => (
            <button key={customer.id} type="button" className="chip" onClick={() => pick(customer)}>
              {customer.name}
            </button>
          ))}
        </p>
      )}
      {inactive > 0 && (
        <button
          type="button"
          className="link-button"
          // A click keeps focus in the box, so the list opens under it.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            setIncludeInactive(true);
            document.getElementById(id)?.focus();
          }}
        >
          {plural(inactive, {
            one: 'Show # inactive customer',
            other: 'Show # inactive customers',
          })}
        </button>
      )}
    </div>
  );

  function status(): ReactNode {
    if (value) {
      const { id } = value;
      const code = value.code || '—';
      const where = t`Code ${code} · Id ${id}`;
      return value.active ? (
        where
      ) : (
        <>
          <InactiveBadge /> {where}
        </>
      );
    }
    if (!query) return t`Search by name, code or id.`;
    if (search.isError) return t`Customer search failed. Try again in a moment.`;
    if (!search.data) return t`Searching…`;
    const { customers, total } = search.data;
    if (inactive) return t`No active customer matches “${query}”.`;
    if (total === 0) return t`No customer matches “${query}”.`;
    const shown = customers.length;
    if (total > shown) return t`Best ${shown} of ${total} matches: keep typing to narrow.`;
    return plural(total, { one: '# match.', other: '# matches.' });
  }
}
