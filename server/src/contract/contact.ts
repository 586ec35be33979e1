import * as z from 'zod/mini';
import { CONTACT_LIMITS } from './limits';
import { optionalText, requiredText } from './text';

const email = z.optional(
  z.pipe(
    optionalText(CONTACT_LIMITS.email),
    z.optional(z.email('Enter a valid e-mail address, like name@example.com')),
  ),
);

/**
 * A contact as Komet's `customer.contact.add` takes it (without token and customer id).
 * The form, the server and the simulator all validate with this one schema.
 */
export const contactInputSchema = z.object({
  name: requiredText(CONTACT_LIMITS.name),
  type: requiredText(CONTACT_LIMITS.type),
  phone: optionalText(CONTACT_LIMITS.phone),
  ext: optionalText(CONTACT_LIMITS.ext),
  mobile: optionalText(CONTACT_LIMITS.mobile),
  fax: optionalText(CONTACT_LIMITS.fax),
  email,
  description: optionalText(CONTACT_LIMITS.description),
  instantMessaging: optionalText(CONTACT_LIMITS.instantMessaging),
  emailPOD: z.optional(z.boolean({ error: 'Must be true or false' })),
});

/** What a user or client sends: raw strings, possibly blank or padded. */
export type ContactDraft = z.input<typeof contactInputSchema>;
/** What Komet receives: trimmed, blank optional fields absent. */
export type ContactInput = z.output<typeof contactInputSchema>;

export const CONTACT_FIELDS = Object.keys(contactInputSchema.shape) as (keyof ContactInput)[];

/** A contact with every field present: what an update sends. */
export type FullContact = { [K in keyof ContactInput]-?: NonNullable<ContactInput[K]> };

/**
 * Every field, a blank one as "" and an unset emailPOD as false. Komet's docs leave open whether
 * an update keeps or clears a field it is not sent (KOMET-API.md, customer.contact.update), so an
 * update names every field and a cleared one is cleared whichever Komet does. An add may still
 * leave blank fields out.
 */
export function everyContactField(contact: ContactInput): FullContact {
  return {
    name: contact.name,
    type: contact.type,
    phone: contact.phone ?? '',
    ext: contact.ext ?? '',
    mobile: contact.mobile ?? '',
    fax: contact.fax ?? '',
    email: contact.email ?? '',
    description: contact.description ?? '',
    instantMessaging: contact.instantMessaging ?? '',
    emailPOD: contact.emailPOD ?? false,
  };
}

export const addContactResponseSchema = z.object({
  contactId: z.string(),
  message: z.string(),
});
export type AddContactResponse = z.infer<typeof addContactResponseSchema>;

/** `GET /api/contact-types`: the configured types (KOMET-API.md: Komet cannot list them). */
export interface ContactTypesResponse {
  types: string[];
}
