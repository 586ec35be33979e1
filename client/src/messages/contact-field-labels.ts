import { msg } from '@lingui/core/macro';
import type { ContactSnapshot } from '@komet-contacts/server/contract';
import type { MessageDescriptor } from '../i18n/runtime';

/**
 * A contact's fields as the edit form labels them, for the screens that name fields in a
 * sentence or a list (the conflict panel, the audit trail): one set of words, one translation.
 */
export const FIELD_LABELS: Record<keyof ContactSnapshot, MessageDescriptor> = {
  name: msg`Name`,
  type: msg`Type`,
  phone: msg`Phone`,
  ext: msg`Ext.`,
  mobile: msg`Mobile`,
  fax: msg`Fax`,
  email: msg`E-mail`,
  description: msg`Description`,
  instantMessaging: msg`Instant messaging`,
  emailPOD: msg`PODs by e-mail`,
};
