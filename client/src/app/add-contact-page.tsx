import { AddContactForm } from '../features/contacts/components/add-contact-form';
import { CustomerPicker } from '../features/customers/components/customer-picker';

export function AddContactPage() {
  return (
    <AddContactForm
      renderCustomerPicker={(slot) => (
        <CustomerPicker
          id="customer"
          value={slot.value}
          onChange={slot.onChange}
          onBlur={slot.onBlur}
          inputRef={slot.inputRef}
          error={slot.error}
        />
      )}
    />
  );
}
