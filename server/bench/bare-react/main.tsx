import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

/** The yardstick of issue 9: eleven labelled fields, the customer box first, nothing else. */
const FIELDS = [
  ['customer', 'Customer'],
  ['name', 'Name'],
  ['type', 'Contact type'],
  ['email', 'Email'],
  ['phone', 'Phone'],
  ['mobile', 'Mobile'],
  ['position', 'Position'],
  ['address', 'Address'],
  ['city', 'City'],
  ['country', 'Country'],
  ['notes', 'Notes'],
] as const;

function AddForm() {
  return (
    <form onSubmit={(event) => event.preventDefault()}>
      {FIELDS.map(([id, label]) => (
        <p key={id}>
          <label htmlFor={id}>{label}</label> <input id={id} name={id} />
        </p>
      ))}
      <button type="submit">Save</button>
    </form>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AddForm />
  </StrictMode>,
);
