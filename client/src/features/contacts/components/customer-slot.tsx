import type { ReactNode } from 'react';
import { useController, type Control } from 'react-hook-form';
import type { CustomerSummary } from '@komet-contacts/server/contract';
import type { AddContactFormInput, AddContactFormOutput } from './contact-schemas';

/** What the page's customer picker gets from the add form: its field, wired to the form. */
export interface CustomerSlotProps {
  value: CustomerSummary | null;
  onChange: (customer: CustomerSummary | null) => void;
  onBlur: () => void;
  inputRef: (element: HTMLInputElement | null) => void;
  error: string | undefined;
}

/** The form's `customer` field, rendered by whatever picker the page supplies. */
export function CustomerSlot({
  control,
  render,
}: {
  control: Control<AddContactFormInput, unknown, AddContactFormOutput>;
  render: (props: CustomerSlotProps) => ReactNode;
}) {
  const { field, fieldState } = useController({ control, name: 'customer' });
  return render({
    value: field.value,
    onChange: field.onChange,
    onBlur: field.onBlur,
    inputRef: field.ref,
    error: fieldState.error?.message,
  });
}
