import { msg, t } from '@lingui/core/macro';
import type { Role } from '@komet-contacts/server/contract';
import { i18n, intlLocale, type MessageDescriptor } from '../../../i18n/runtime';
import { ApiError } from '../../../lib/api';
import { describeError } from '../../../messages/form-errors';

/** The role choices, each saying what it allows (issue 6's table). */
export const ROLE_OPTIONS: { value: Role; label: MessageDescriptor }[] = [
  { value: 'sales', label: msg`Sales: finds customers and adds contacts` },
  { value: 'support', label: msg`Support: also corrects contacts` },
  { value: 'admin', label: msg`Admin: also manages users and reads the whole audit trail` },
];

export const ROLE_NAMES: Record<Role, MessageDescriptor> = {
  sales: msg`Sales`,
  support: msg`Support`,
  admin: msg`Admin`,
};

export const roleName = (role: Role) => i18n._(ROLE_NAMES[role]);

/** A failed user change, worded for the admin: what happened and what to do now. */
export function describeUserError(error: unknown): string {
  if (!(error instanceof ApiError)) return describeError(error);
  switch (error.problem.code) {
    case 'username-taken':
      return t`Someone already has that username. Choose another one.`;
    case 'last-admin':
      return t`Nothing was changed: this is the last admin who can sign in. Make someone else an admin first.`;
    case 'forbidden':
      return t`Only admins can manage users. Nothing was changed.`;
  }
  if (error.status === 404)
    return t`This user no longer exists. Reload the page to see the list as it is now.`;
  if (error.status === 0) {
    return t`The app can't reach its server, so nothing was changed. Check your connection, then try again.`;
  }
  const detail = describeError(error);
  return t`Nothing was changed. ${detail}`;
}

/** In the chosen language and the user's own time zone. */
export const formatDateTime = (iso: string) =>
  new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
