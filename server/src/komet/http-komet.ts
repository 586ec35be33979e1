import type * as z from 'zod';
import { everyContactField, type ContactInput } from '../contract';
import { redactor } from '../redact';
import { runSliced } from '../sliced';
import { checkEach } from './check-each';
import { fieldFromMessage } from './field-from-message';
import { send } from './http-transport';
import {
  KometRejectedError,
  KometTimeoutError,
  KometUnavailableError,
  type CustomerListFilter,
  type Komet,
} from './komet';
import { parseJsonInSlices } from './sliced-json';
import { stringifyWithIntegers } from './wire-json';
import {
  contactListSchema,
  contactSavedSchema,
  customerListSchema,
  customerWireSchema,
  envelopeSchema,
} from './wire-schemas';

export interface HttpKometOptions {
  baseUrl: string;
  token: string;
  timeoutMs: number;
  /** Called once per request sent to Komet, to count quota use. */
  onCall?: (method: string) => void;
}

type Request =
  | { method: string; query: Record<string, string | undefined> }
  | { method: string; integers: Record<string, string>; body: Record<string, unknown> };

/**
 * The only code that knows Komet's wire format. It adds the token, parses every answer's envelope
 * and turns failures into typed errors. It never retries: Komet's add is not idempotent, and every
 * call spends the daily quota. The token never enters an error message.
 */
export function createHttpKomet(options: HttpKometOptions): Komet {
  // The token travels raw in POST bodies and URL-encoded in GET queries: any form may be echoed,
  // in a refusal or in a success message.
  const redact = redactor([options.token]);

  async function call<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
    const url = new URL(`${options.baseUrl.replace(/\/$/, '')}/${request.method}`);
    const signal = AbortSignal.timeout(options.timeoutMs);
    const headers: Record<string, string> = { accept: 'application/json' };
    let body: string | undefined;
    if ('query' in request) {
      url.searchParams.set('authenticationToken', options.token);
      for (const [key, value] of Object.entries(request.query)) {
        if (value !== undefined) url.searchParams.set(key, value);
      }
    } else {
      headers['content-type'] = 'application/json';
      body = stringifyWithIntegers(request.integers, {
        authenticationToken: options.token,
        ...request.body,
      });
    }

    options.onCall?.(request.method);
    const write = body !== undefined;
    // Once Komet may have received a write, every failure must say the write may have happened.
    const unavailable = (message: string, arrived = true) =>
      new KometUnavailableError(`${message} (${request.method})`, write && arrived);
    let pieces: string[];
    try {
      const response = await send(url, { method: write ? 'POST' : 'GET', headers, body, signal });
      pieces = response.pieces;
      if (response.status < 200 || response.status > 299) {
        throw unavailable(`Komet answered HTTP ${response.status}`);
      }
    } catch (error) {
      if (error instanceof KometUnavailableError) throw error;
      if (signal.aborted) throw new KometTimeoutError(request.method, write, options.timeoutMs);
      throw unavailable('Komet could not be reached', !neverConnected(error));
    }

    let json: unknown;
    try {
      // An answer can be a 14 MB customer list: parsed in slices, no request waits (issue 9).
      json = await runSliced(parseJsonInSlices(pieces));
    } catch {
      throw unavailable('Komet answered with something other than JSON');
    }
    const envelope = envelopeSchema.safeParse(json);
    if (!envelope.success) throw unavailable('Komet answered without a status');
    if (envelope.data.status !== 1) {
      if (SERVICE_UNAVAILABLE.test(envelope.data.message)) {
        throw new KometUnavailableError(
          `Komet answered "Service temporarily unavailable" (${request.method})`,
          false,
        );
      }
      const message =
        redact(envelope.data.message) || 'Komet refused the request without saying why';
      throw new KometRejectedError(message, fieldFromMessage(message));
    }
    const payload = schema.safeParse(json);
    if (!payload.success) throw unavailable(UNEXPECTED_SHAPE);
    return payload.data;
  }

  const saved = (answer: { contactId: string; message: string }) => ({
    contactId: answer.contactId,
    message: redact(answer.message),
  });

  return {
    async listCustomers(filter: CustomerListFilter = {}) {
      const answer = await call(
        {
          method: 'customer.list',
          query: {
            includeInactive: filter.includeInactive ? '1' : undefined,
            updateAsOf: filter.updateAsOf,
          },
        },
        customerListSchema,
      );
      // One customer at a time, in slices: the whole list at once would block for a second.
      const customers = await runSliced(checkEach(answer.customers ?? [], customerSchema));
      if (!customers) throw new KometUnavailableError(`${UNEXPECTED_SHAPE} (customer.list)`);
      return customers;
    },

    async addContact(customerId: string, contact: ContactInput) {
      const request = { method: 'customer.contact.add', integers: { customerId }, body: contact };
      const answer = await call(request, contactSavedSchema);
      return saved(answer);
    },

    async updateContact(customerId: string, contactId: string, contact: ContactInput) {
      const request = {
        method: 'customer.contact.update',
        integers: { customerId, contactId },
        // Komet's docs leave open whether an omitted field is cleared or kept (KOMET-API.md,
        // customer.contact.update): every field goes, a cleared one as "".
        body: everyContactField(contact),
      };
      const answer = await call(request, contactSavedSchema);
      return saved(answer);
    },

    async deleteContact(_customerId: string, contactId: string) {
      const request = { method: 'customer.contact.delete', integers: { contactId }, body: {} };
      const answer = await call(request, envelopeSchema);
      return { contactId, message: redact(answer.message) };
    },

    async listContacts(customerId: string) {
      const answer = await call(
        { method: 'customer.contact.list', query: { customerId } },
        contactListSchema,
      );
      return answer.contacts ?? [];
    },
  };
}

const UNEXPECTED_SHAPE = 'Komet answered in an unexpected shape';

// A customer Komet does not say is inactive is active. Set on zod's fresh copy, in the same slice.
const customerSchema = customerWireSchema.transform((customer) =>
  Object.assign(customer, { active: customer.active ?? true }),
);

/**
 * Komet's docs do not list this message. It arrives as a status-0 envelope, so by the API's own
 * rule it is a failure, not a partial success: Komet answered that it did not do the work, the same
 * promise every other refusal makes (and is trusted with: an unknown type is not re-checked). So a
 * write did not happen (mayHaveWritten false). But it says nothing about the request being wrong:
 * the same request will succeed later, so it is Komet being unavailable, not a refusal the user
 * must fix. Matched whole (case, spaces and a final full stop aside), so that a refusal which
 * merely mentions the words, say about a customer, stays a refusal. Should Komet ever do the work
 * and still answer this, the reconciliation before each resend (issue 7) is what stops a duplicate.
 */
const SERVICE_UNAVAILABLE = /^\s*service (is )?temporarily unavailable\s*[.!]?\s*$/i;

/** A connection that was refused or never resolved cannot have delivered the request. */
function neverConnected(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN';
}
