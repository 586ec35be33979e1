import type { CustomerSummary } from '@komet-contacts/server/contract';

const KEY = 'komet-contacts.recent-customers';
const KEEP = 8;

/** The customers this browser opened last, newest first (kept in localStorage). */
export function readRecentCustomers(): CustomerSummary[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    if (!Array.isArray(stored)) return [];
    // Written by an older version or by hand: keep only entries that still look like customers.
    return stored.filter(
      (item): item is CustomerSummary =>
        typeof item === 'object' &&
        item !== null &&
        typeof (item as CustomerSummary).id === 'string' &&
        typeof (item as CustomerSummary).name === 'string',
    );
  } catch {
    return [];
  }
}

export function rememberCustomer(customer: CustomerSummary): void {
  const others = readRecentCustomers().filter((recent) => recent.id !== customer.id);
  try {
    localStorage.setItem(KEY, JSON.stringify([customer, ...others].slice(0, KEEP)));
  } catch {
    // Storage full or disabled: the list is a convenience, the app works without it.
  }
}
