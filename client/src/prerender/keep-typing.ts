type Field = HTMLInputElement | HTMLTextAreaElement;

/**
 * Notes what was typed in the prerendered form (client/build/add-form-shell.ts) before the app
 * replaces it; the returned function, called once the app's form is in the page, types it into
 * the fields with the same ids and puts the cursor back. Call both in one task: typing cannot
 * land in between.
 */
export function keepTyping(root: Element): () => void {
  // A checkbox's value is not typed: it reads "on" against a default of "", and setting it would
  // give the app's checkbox a value attribute, which react-hook-form then sends as the value.
  const boxes = 'textarea,input:not([type=checkbox]):not([type=radio])';
  const typed = [...root.querySelectorAll<Field>(boxes)].filter(
    (field) => field.value !== field.defaultValue,
  );
  const focused = root.contains(document.activeElement) ? (document.activeElement as Field) : null;
  return () => {
    for (const old of typed) {
      const field = document.getElementById(old.id) as Field | null;
      if (!field) continue;
      // The prototype's setter, as a user's typing would: React then sees a change, and the
      // form and the customer search get it as if typed now.
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set?.call(
        field,
        old.value,
      );
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
    // Setting a value puts the cursor at its end, where the user was typing.
    if (focused) document.getElementById(focused.id)?.focus();
  };
}
