import type { ContactInput } from '../contract';

/** A customer as `customer.list` describes it, ids as digit strings. */
export interface KometCustomer {
  id: string;
  name: string;
  code: string;
  active: boolean;
  salesPerson?: string;
  /** `YYYY-MM-DDThh:mm:ss`, when Komet sends it. */
  updatedOn?: string;
}

export interface KometContact extends ContactInput {
  id: string;
}

export interface CustomerListFilter {
  includeInactive?: boolean;
  /** `YYYY-MM-DD`: only customers updated on or after that day. */
  updateAsOf?: string;
}

/** The Komet methods this app uses. Every call spends the company's daily quota. */
export interface Komet {
  listCustomers(filter?: CustomerListFilter): Promise<KometCustomer[]>;
  addContact(
    customerId: string,
    contact: ContactInput,
  ): Promise<{ contactId: string; message: string }>;
  updateContact(
    customerId: string,
    contactId: string,
    contact: ContactInput,
  ): Promise<{ contactId: string; message: string }>;
  /**
   * Komet's delete takes the contact id alone (KOMET-API.md, customer.contact.delete): the caller
   * checks it is this customer's first. The customer id only meters and limits the call.
   */
  deleteContact(
    customerId: string,
    contactId: string,
  ): Promise<{ contactId: string; message: string }>;
  listContacts(customerId: string): Promise<KometContact[]>;
}

/** Komet answered `status` 0: it understood the request and refused it. */
export class KometRejectedError extends Error {
  override name = 'KometRejectedError';
  constructor(
    readonly kometMessage: string,
    /** The contact field Komet's message clearly names, if any. */
    readonly field?: string,
  ) {
    super(`Komet refused the request: ${kometMessage}`);
  }
}

/** Komet could not be reached or answered something that is not its API. */
export class KometUnavailableError extends Error {
  override name = 'KometUnavailableError';
  constructor(
    message: string,
    /**
     * Whether a write may have been carried out anyway: the request may have reached Komet
     * (a gateway error, a broken answer, a dropped connection). Only a refused connection proves
     * it did not, and only then may the user be told that nothing was saved.
     */
    readonly mayHaveWritten = false,
  ) {
    super(message);
  }
}

/** Komet did not answer in time; a write may or may not have happened. */
export class KometTimeoutError extends Error {
  override name = 'KometTimeoutError';
  constructor(
    readonly method: string,
    readonly write: boolean,
    readonly timeoutMs: number,
  ) {
    super(`Komet did not answer ${method} within ${timeoutMs} ms`);
  }
}
