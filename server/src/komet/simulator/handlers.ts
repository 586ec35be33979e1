import * as z from 'zod';
import { contactInputSchema, type ContactInput } from '../../contract';
import type { KometCustomer } from '../komet';
import type { SimulatorStore } from '../../storage/simulator-store';
import { wireId } from '../wire-schemas';

export type Answer = Record<string, unknown>;

export const refuse = (message: string): Answer => ({ status: 0, message });

const integerId = (field: string) =>
  z.union([z.string().regex(/^\d{1,20}$/), z.number().int().nonnegative()], {
    error: `Field '${field}' is required and must be an integer of at most 20 digits.`,
  });

/** Validates contact fields with the app's own contract, worded as Komet would refuse them. */
function parseContact(body: Record<string, unknown>): ContactInput | string {
  const result = contactInputSchema.safeParse(body);
  if (result.success) return result.data;
  return result.error.issues
    .map((issue) => `Field '${issue.path.join('.')}': ${issue.message}`)
    .join('; ');
}

function contactFor(
  store: SimulatorStore,
  body: Record<string, unknown>,
): { refused: Answer } | { customerId: string; contact: ContactInput } {
  const customerId = integerId('customerId').pipe(wireId).safeParse(body.customerId);
  if (!customerId.success) return { refused: refuse(customerId.error.issues[0]!.message) };
  if (!store.customers.has(customerId.data)) {
    return { refused: refuse(`Customer ${customerId.data} was not found.`) };
  }
  const contact = parseContact(body);
  if (typeof contact === 'string') return { refused: refuse(contact) };
  if (!store.contactTypes.has(contact.type)) {
    return { refused: refuse(`Contact type '${contact.type}' is not registered in this company.`) };
  }
  return { customerId: customerId.data, contact };
}

export function addContact(store: SimulatorStore, body: Record<string, unknown>): Answer {
  const parsed = contactFor(store, body);
  if ('refused' in parsed) return parsed.refused;
  const saved = store.addContact(parsed.customerId, parsed.contact);
  return { status: 1, message: 'Contact was successfully saved', contactId: Number(saved.id) };
}

export function updateContact(store: SimulatorStore, body: Record<string, unknown>): Answer {
  const contactId = integerId('contactId').pipe(wireId).safeParse(body.contactId);
  if (!contactId.success) return refuse(contactId.error.issues[0]!.message);
  const parsed = contactFor(store, body);
  if ('refused' in parsed) return parsed.refused;
  const owner = store.ownerOf(contactId.data);
  if (owner === undefined) return refuse(`Contact ${contactId.data} was not found.`);
  if (owner !== parsed.customerId) {
    return refuse(`Contact ${contactId.data} does not belong to customer ${parsed.customerId}.`);
  }
  store.replaceContact(owner, contactId.data, parsed.contact);
  return {
    status: 1,
    message: 'Contact was successfully updated',
    contactId: Number(contactId.data),
  };
}

export function deleteContact(store: SimulatorStore, body: Record<string, unknown>): Answer {
  const contactId = integerId('contactId').pipe(wireId).safeParse(body.contactId);
  if (!contactId.success) return refuse(contactId.error.issues[0]!.message);
  const owner = store.ownerOf(contactId.data);
  if (owner === undefined) return refuse(`Contact ${contactId.data} was not found.`);
  store.removeContact(owner, contactId.data);
  return { status: 1, message: 'Contact was successfully deleted.' };
}

export function listContacts(store: SimulatorStore, query: Record<string, string>): Answer {
  const customerId = query.customerId ?? '';
  if (!/^\d{1,20}$/.test(customerId)) {
    return refuse("Parameter 'customerId' is required and must be an integer.");
  }
  if (!store.customers.has(customerId)) return refuse(`Customer ${customerId} was not found.`);
  // Ids as strings and status as "1": the docs' own list samples look like this.
  return { status: '1', message: 'Success', contacts: store.contacts.get(customerId) ?? [] };
}

const matches = (customer: KometCustomer, query: Record<string, string>) =>
  (query.includeInactive === '1' || customer.active) &&
  (query.id === undefined || customer.id === query.id) &&
  (query.code === undefined || customer.code === query.code) &&
  (query.name === undefined || customer.name.toLowerCase().includes(query.name.toLowerCase())) &&
  (query.updateAsOf === undefined || (customer.updatedOn ?? '') >= query.updateAsOf);

export function listCustomers(store: SimulatorStore, query: Record<string, string>): Answer {
  if (query.updateAsOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(query.updateAsOf)) {
    return refuse("Parameter 'updateAsOf' must be a date as YYYY-MM-DD.");
  }
  const customers = [...store.customers.values()].filter((customer) => matches(customer, query));
  return { status: '1', message: 'Success', customers };
}
