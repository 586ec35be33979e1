import { useEffect, useState, type ReactNode } from 'react';
import { useController, useFormContext, type Control } from 'react-hook-form';
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

/**
 * The form's `customer` field, rendered by whatever picker the page supplies. The form opens
 * ready to type: in the customer box, or in Name when the customer is set.
 */
export function CustomerSlot({
  control,
  render,
}: {
  control: Control<AddContactFormInput, unknown, AddContactFormOutput>;
  render: (props: CustomerSlotProps) => ReactNode;
}) {
  const { field, fieldState } = useController({ control, name: 'customer' });
  const { getValues } = useFormContext<AddContactFormInput>();
  const [input, setInput] = useState<HTMLInputElement | null>(null);
  const form = input?.form;

  useEffect(() => {
    if (!input || !form) return;
    // Ready to type, unless the user is already in the form. A task later: after a screen
    // change the router moves focus to <main> (lib/router.tsx).
    const timer = setTimeout(() => {
      if (form.contains(document.activeElement)) return;
      const name = form.querySelector<HTMLElement>('[name="name"]');
      (getValues('customer') && name ? name : input).focus();
    });
    return () => clearTimeout(timer);
  }, [input, form, getValues]);

  return render({
    value: field.value,
    onChange: field.onChange,
    onBlur: field.onBlur,
    inputRef: (element) => {
      field.ref(element);
      if (element) setInput(element);
    },
    error: fieldState.error?.message,
  });
}
