import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import {
  contactInputSchema,
  customerSummarySchema,
  type CustomerSummary,
} from '@komet-contacts/server/contract';
import { worded } from '../../../messages/field-errors';

// The picker holds the whole customer (for the success message) or null until one is picked.
const customerSchema = z.pipe(
  z.nullable(customerSummarySchema),
  // English like the contract's messages, worded with them (messages/field-errors.ts).
  // eslint-disable-next-line lingui/no-unlocalized-strings
  z.custom<CustomerSummary>((customer) => customer !== null, 'Choose a customer'),
);

/** The add form: the contract's contact plus the customer it is for. */
export const addContactFormSchema = z.extend(contactInputSchema, { customer: customerSchema });
export type AddContactFormInput = z.input<typeof addContactFormSchema>;
export type AddContactFormOutput = z.output<typeof addContactFormSchema>;

export const addContactResolver = worded(zodResolver(addContactFormSchema));
export const editContactResolver = worded(zodResolver(contactInputSchema));
