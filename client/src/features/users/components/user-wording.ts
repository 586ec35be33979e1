import type { Role } from '@komet-contacts/server/contract';
import { ApiError } from '../../../lib/api';
import { describeError } from '../../../lib/form-errors';

/** The role choices, each saying what it allows (issue 6's table). */
export const ROLE_OPTIONS: { value: Role; label: string }[] = [
  { value: 'sales', label: 'Sales: finds customers and adds contacts' },
  { value: 'support', label: 'Support: also corrects contacts' },
  { value: 'admin', label: 'Admin: also manages users and reads the whole audit trail' },
];

export const ROLE_NAMES: Record<Role, string> = {
  sales: 'Sales',
  support: 'Support',
  admin: 'Admin',
};

/** A failed user change, worded for the admin: what happened and what to do now. */
export function describeUserError(error: unknown): string {
  if (!(error instanceof ApiError)) return describeError(error);
  switch (error.problem.code) {
    case 'username-taken':
      return 'Someone already has that username. Choose another one.';
    case 'last-admin':
      return 'Nothing was changed: this is the last admin who can sign in. Make someone else an admin first.';
    case 'forbidden':
      return 'Only admins can manage users. Nothing was changed.';
  }
  if (error.status === 404)
    return 'This user no longer exists. Reload the page to see the list as it is now.';
  if (error.status === 0) {
    return "The app can't reach its server, so nothing was changed. Check your connection, then try again.";
  }
  return `Nothing was changed. ${describeError(error)}`;
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));
