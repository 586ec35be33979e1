import type { ContactDraft, ContactSnapshot } from '@komet-contacts/server/contract';

/** A contact as form values: absent text becomes "" so that nothing reads as changed. */
export const toDraft = (contact: ContactSnapshot = {}): ContactDraft => ({
  name: contact.name ?? '',
  type: contact.type ?? '',
  phone: contact.phone ?? '',
  ext: contact.ext ?? '',
  mobile: contact.mobile ?? '',
  fax: contact.fax ?? '',
  email: contact.email ?? '',
  description: contact.description ?? '',
  instantMessaging: contact.instantMessaging ?? '',
  emailPOD: contact.emailPOD ?? false,
});

/** The contact fields a server error may name. */
export const CONTACT_FIELD_NAMES = Object.keys(toDraft());
