import * as z from 'zod/mini';
import type { ContactDraft, ContactInput } from './contact';

/** A contact as Komet lists it, its id a digit string. */
export type Contact = ContactInput & { id: string };

export interface ContactListResponse {
  contacts: Contact[];
  /** When our server last read the list from Komet (ISO 8601). */
  fetchedAt: string;
}

/**
 * A contact's fields as the user last saw them. Listed values are not checked against the add
 * limits: Komet may hold older, longer values (KOMET-API.md, customer.contact.list).
 */
export const contactSnapshotSchema = z.object({
  name: z.optional(z.string()),
  type: z.optional(z.string()),
  phone: z.optional(z.string()),
  ext: z.optional(z.string()),
  mobile: z.optional(z.string()),
  fax: z.optional(z.string()),
  email: z.optional(z.string()),
  description: z.optional(z.string()),
  instantMessaging: z.optional(z.string()),
  emailPOD: z.optional(z.boolean()),
});
export type ContactSnapshot = z.infer<typeof contactSnapshotSchema>;

/**
 * `PUT /api/customers/:customerId/contacts/:contactId`: the whole new record (Komet's update
 * replaces every field) and, to detect a change made meanwhile, the version the form started from.
 * With an `Idempotency-Key` header a repeat of the same body gets the first answer (200, 404 or
 * 409) without asking Komet again (issue 7). When Komet already holds exactly this record, the
 * answer is 200 and nothing is sent, so a retry after a lost answer is no conflict.
 */
export interface UpdateContactRequest {
  contact: ContactDraft;
  expected: ContactSnapshot;
}

/** 409 body when the contact changed in Komet since the form was opened. */
export const contactConflictSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.literal(409),
  detail: z.string(),
  code: z.optional(z.literal('changed-in-komet')),
  current: contactSnapshotSchema,
  changedFields: z.array(z.string()),
});
export type ContactConflict = z.infer<typeof contactConflictSchema>;

const SNAPSHOT_FIELDS = Object.keys(contactSnapshotSchema.shape) as (keyof ContactSnapshot)[];

/** Fields whose values differ, blank and absent counted as the same, surrounding spaces ignored. */
export function changedFields(a: ContactSnapshot, b: ContactSnapshot): (keyof ContactSnapshot)[] {
  const comparable = (value: string | boolean | undefined) =>
    typeof value === 'string' ? value.trim() : (value ?? false);
  return SNAPSHOT_FIELDS.filter((field) => comparable(a[field]) !== comparable(b[field]));
}
