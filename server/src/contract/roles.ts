/** Each role may do everything the one before it may (issue 6's table). Zod-free: the browser's
 * header needs it before the validation code loads. */
export const ROLES = ['sales', 'support', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Whether `role` may do what `needed` may. */
export function hasRole(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}
