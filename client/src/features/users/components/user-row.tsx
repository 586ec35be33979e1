import { t } from '@lingui/core/macro';
import { useState } from 'react';
import type { Role, UpdateUserRequest, UserSummary } from '@komet-contacts/server/contract';
import { useUpdateUser } from '../api/update-user';
import { ResetPasswordForm } from './reset-password-form';
import { describeUserError, formatDateTime, ROLE_OPTIONS, roleName } from './user-wording';
import '../../../styles/screens.css';
import './users.css';

type Outcome = { ok: boolean; message: string } | null;

/** One account and what an admin may do to it: role, password, disabled. */
export function UserRow({ user }: { user: UserSummary }) {
  const update = useUpdateUser();
  const [role, setRole] = useState<Role>(user.role);
  const [resetting, setResetting] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function change(changes: UpdateUserRequest, done: string) {
    setOutcome(null);
    try {
      await update.mutateAsync({ username: user.username, changes });
      setOutcome({ ok: true, message: done });
      return true;
    } catch (error) {
      setOutcome({ ok: false, message: describeUserError(error) });
      setRole(user.role);
      return false;
    }
  }

  const { username, name } = user;
  return (
    <tr>
      <th scope="row">{username}</th>
      <td data-label={t`Name`}>{name}</td>
      <td data-label={t`Role`}>{roleName(user.role)}</td>
      <td data-label={t`Status`}>{user.disabled ? t`Disabled` : t`Active`}</td>
      <td data-label={t`Last sign-in`}>
        {user.lastSignInAt ? formatDateTime(user.lastSignInAt) : t`Never`}
      </td>
      <td className="user-actions">
        <div className="form-actions">
          <select
            aria-label={t`Role of ${username}`}
            value={role}
            onChange={(event) => setRole(event.target.value as Role)}
          >
            {ROLE_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {roleName(option.value)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button-secondary"
            disabled={role === user.role || update.isPending}
            onClick={() => {
              const newRole = roleName(role);
              void change({ role }, t`${name} is now ${newRole}.`);
            }}
          >
            {t`Change role`}
          </button>
          <button
            type="button"
            className="button-secondary"
            aria-expanded={resetting}
            onClick={() => setResetting(!resetting)}
          >
            {t`Reset password`}
          </button>
          <button
            type="button"
            className="button-secondary"
            disabled={update.isPending}
            onClick={() =>
              void change(
                { disabled: !user.disabled },
                user.disabled
                  ? t`${name} can sign in again.`
                  : t`${name} is disabled and signed out everywhere.`,
              )
            }
          >
            {user.disabled ? t`Enable ${username}` : t`Disable ${username}`}
          </button>
        </div>
        {resetting && (
          <ResetPasswordForm
            username={username}
            onCancel={() => setResetting(false)}
            onSubmit={async (password) => {
              const done = t`${name} has a new password and was signed out everywhere.`;
              if (await change({ password }, done)) setResetting(false);
            }}
          />
        )}
        {outcome && (
          <p
            className={outcome.ok ? 'saved-note' : 'form-error'}
            role={outcome.ok ? 'status' : 'alert'}
          >
            {outcome.message}
          </p>
        )}
      </td>
    </tr>
  );
}
