/**
 * What was typed on the add form, kept in this browser's localStorage (issue 7): it survives a
 * reload, a closed tab and a signed-out session, which sessionStorage or memory would not.
 * One draft per customer, and one for "no customer chosen yet".
 */
export interface StoredDraft {
  /** Form values by field name; checked against the form's own fields when restored. */
  values: Record<string, unknown>;
  savedAt: number;
}

const PREFIX = 'komet-contacts:add-draft:';
const keyOf = (customerId: string | undefined) => PREFIX + (customerId ?? '-');

function parse(text: string | null): StoredDraft | undefined {
  try {
    const draft = JSON.parse(text ?? 'null') as Partial<StoredDraft> | null;
    if (typeof draft?.values !== 'object' || draft.values === null) return undefined;
    return { values: draft.values, savedAt: Number(draft.savedAt) || 0 };
  } catch {
    return undefined; // written by another version of the app, or by hand: not ours to restore
  }
}

export const readDraft = (customerId: string | undefined) =>
  parse(localStorage.getItem(keyOf(customerId)));

/** The draft typed last, whichever customer it is for. */
export function newestDraft(): StoredDraft | undefined {
  let newest: StoredDraft | undefined;
  for (let index = 0; index < localStorage.length; index += 1) {
    const key = localStorage.key(index);
    if (!key?.startsWith(PREFIX)) continue;
    const draft = parse(localStorage.getItem(key));
    if (draft && (!newest || draft.savedAt > newest.savedAt)) newest = draft;
  }
  return newest;
}

export function writeDraft(customerId: string | undefined, values: Record<string, unknown>) {
  try {
    localStorage.setItem(keyOf(customerId), JSON.stringify({ values, savedAt: Date.now() }));
  } catch {
    // Storage full or disabled (private mode): the form works on, only without a draft.
  }
}

export function clearDraft(customerId: string | undefined): void {
  localStorage.removeItem(keyOf(customerId));
}

/** True when a contact text field holds more than spaces: only then is there a draft to keep. */
export const hasText = (values: Record<string, unknown>) =>
  Object.entries(values).some(
    ([name, value]) => name !== 'customer' && typeof value === 'string' && value.trim() !== '',
  );

/** The stored values the form knows, with the type the form gives them; the rest is dropped. */
export function knownValues(stored: Record<string, unknown>, current: Record<string, unknown>) {
  const known: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(current)) {
    const kept = stored[name];
    if (name === 'customer') continue;
    if (kept !== undefined && typeof kept === typeof value) known[name] = kept;
  }
  return known;
}

/** A stored customer as the picker holds it, or null when it does not look like one. */
export function storedCustomer(stored: Record<string, unknown>) {
  const customer = stored.customer as { id?: unknown; name?: unknown } | null | undefined;
  return typeof customer?.id === 'string' && typeof customer.name === 'string' ? customer : null;
}
