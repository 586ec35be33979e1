import type { SessionUser } from '@komet-contacts/server/contract';
import { hasRole, type Role } from '@komet-contacts/server/contract/plain';

/** Whether `user` may do what `needed` may. The server refuses anyway: this only hides. */
export const can = (user: SessionUser | undefined, needed: Role): boolean =>
  user !== undefined && hasRole(user.role, needed);

export const ROLE_LABELS: Record<Role, string> = {
  sales: 'Sales',
  support: 'Support',
  admin: 'Admin',
};
