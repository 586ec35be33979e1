import { msg } from '@lingui/core/macro';
import type { SessionUser } from '@komet-contacts/server/contract';
import { hasRole, type Role } from '@komet-contacts/server/contract/plain';
import type { MessageDescriptor } from '../../i18n/runtime';

/** Whether `user` may do what `needed` may. The server refuses anyway: this only hides. */
export const can = (user: SessionUser | undefined, needed: Role): boolean =>
  user !== undefined && hasRole(user.role, needed);

/** Rendered with `i18n._` (i18n/runtime.ts), in the language chosen at the time. */
export const ROLE_LABELS: Record<Role, MessageDescriptor> = {
  sales: msg`Sales`,
  support: msg`Support`,
  admin: msg`Admin`,
};
