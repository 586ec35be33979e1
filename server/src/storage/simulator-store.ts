import type { ContactInput } from '../contract';
import type { KometContact, KometCustomer } from '../komet/komet';
import { seedCustomers } from './seed-customers';

/** Types the simulated company registered in Komet: its out-of-the-box ones plus a few more. */
export const SIMULATOR_CONTACT_TYPES = ['None', 'Buyer', 'A/P', 'Sales', 'Shipping'] as const;

const SEED_CONTACTS: Record<string, ContactInput[]> = {
  '4242': [
    {
      name: 'Carlos Andrade',
      type: 'Buyer',
      phone: '+593 2 255 0101',
      ext: '14',
      email: 'carlos@rosaflor.example',
      emailPOD: true,
    },
    { name: 'Lucía Paredes', type: 'A/P', email: 'cuentas@rosaflor.example', emailPOD: false },
  ],
  '4243': [{ name: 'Søren Ærø', type: 'Buyer', mobile: '+45 20 12 34 56', emailPOD: false }],
};

/**
 * The simulated Komet company's data, in memory: it resets on restart, which is fine for a
 * simulator. Ids are digit strings, as everywhere in this app.
 */
export class SimulatorStore {
  readonly customers = new Map<string, KometCustomer>();
  readonly contacts = new Map<string, KometContact[]>();
  readonly contactTypes = new Set<string>(SIMULATOR_CONTACT_TYPES);
  private nextContactId = 4535434;

  constructor(customers: KometCustomer[] = seedCustomers(), contacts = SEED_CONTACTS) {
    for (const customer of customers) this.customers.set(customer.id, customer);
    for (const [customerId, list] of Object.entries(contacts)) {
      for (const contact of list) this.addContact(customerId, contact);
    }
  }

  addContact(customerId: string, contact: ContactInput): KometContact {
    const saved = { ...contact, id: String(this.nextContactId++) };
    this.contacts.set(customerId, [...(this.contacts.get(customerId) ?? []), saved]);
    return saved;
  }

  /** Komet's update replaces the contact's fields: what is not sent is cleared. */
  replaceContact(customerId: string, contactId: string, contact: ContactInput): KometContact {
    const saved = { ...contact, id: contactId };
    const list = this.contacts.get(customerId) ?? [];
    this.contacts.set(
      customerId,
      list.map((existing) => (existing.id === contactId ? saved : existing)),
    );
    return saved;
  }

  removeContact(customerId: string, contactId: string): void {
    const list = this.contacts.get(customerId) ?? [];
    this.contacts.set(
      customerId,
      list.filter((existing) => existing.id !== contactId),
    );
  }

  /** The customer a contact belongs to, if it exists. */
  ownerOf(contactId: string): string | undefined {
    for (const [customerId, list] of this.contacts) {
      if (list.some((contact) => contact.id === contactId)) return customerId;
    }
    return undefined;
  }
}
