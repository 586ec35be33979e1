import type { Contact } from '@komet-contacts/server/contract';
import { foldText } from '@komet-contacts/server/contract/plain';
import { intlLocale } from '../../i18n/runtime';

export type SortKey = 'name' | 'type';

/** How a customer's contacts are shown: kept in the URL, so reload, back and links keep it. */
export interface ContactListView {
  sort: SortKey;
  descending: boolean;
  /** The filter as typed; folded only when compared. */
  q: string;
}

const SORT_KEYS: readonly SortKey[] = ['name', 'type'];

/** `?sort=type&q=ana`; a leading minus sorts Z→A (`?sort=-name`). Anything else: name, A→Z. */
export function readListView(search: string): ContactListView {
  const params = new URLSearchParams(search);
  const sort = params.get('sort') ?? '';
  const key = SORT_KEYS.find((candidate) => candidate === sort.replace(/^-/, ''));
  return {
    sort: key ?? 'name',
    descending: key !== undefined && sort.startsWith('-'),
    q: params.get('q') ?? '',
  };
}

/** `search` with `view` written in and its other parameters (`?saved=`) kept; name A→Z goes unsaid. */
export function writeListView(search: string, view: ContactListView): string {
  const params = new URLSearchParams(search);
  if (view.sort === 'name' && !view.descending) params.delete('sort');
  else params.set('sort', `${view.descending ? '-' : ''}${view.sort}`);
  if (view.q) params.set('q', view.q);
  else params.delete('q');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** A click on a column's header: the same column again reverses it, another starts A→Z. */
export function sortedBy(view: ContactListView, key: SortKey): ContactListView {
  return { ...view, sort: key, descending: view.sort === key ? !view.descending : false };
}

// Numbers are also searchable as bare digits: "3055550142" finds "+1 (305) 555-0142".
const digitsOf = (value: string | undefined) => value?.replace(/\D/g, '');

const searchable = (contact: Contact) =>
  foldText(
    [
      contact.name,
      contact.type,
      contact.email,
      contact.phone,
      digitsOf(contact.phone),
      contact.ext,
      contact.mobile,
      digitsOf(contact.mobile),
      contact.fax,
      digitsOf(contact.fax),
      contact.instantMessaging,
      contact.description,
    ]
      .filter(Boolean)
      .join(' '),
  );

/** The contacts `view` shows, in its order: ties (same type) by name, A→Z. */
export function viewContacts(contacts: readonly Contact[], view: ContactListView): Contact[] {
  const wanted = foldText(view.q);
  const shown = wanted
    ? contacts.filter((contact) => searchable(contact).includes(wanted))
    : contacts;
  const direction = view.descending ? -1 : 1;
  // Made per call: the language may have changed since the last one.
  const collator = new Intl.Collator(intlLocale(), { sensitivity: 'base', numeric: true });
  return [...shown].sort(
    (a, b) =>
      direction * collator.compare(a[view.sort], b[view.sort]) || collator.compare(a.name, b.name),
  );
}
