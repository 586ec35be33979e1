import { t } from '@lingui/core/macro';
import { describeError } from '../../../messages/form-errors';
import { useUsers } from '../api/list-users';
import { UserRow } from './user-row';
import '../../../styles/screens.css';
import '../../../styles/tables.css';

/** Every account with its role, status and last sign-in, and the actions on each. */
export function UsersTable() {
  const users = useUsers();
  if (users.isPending) {
    return (
      <p aria-live="polite" className="loading-rows">
        <span className="visually-hidden">{t`Loading users…`}</span>
      </p>
    );
  }
  if (users.isError) {
    return (
      <p role="alert" className="form-error">
        {t`The users could not be loaded.`} {describeError(users.error)}{' '}
        <button type="button" className="link-button" onClick={() => void users.refetch()}>
          {t`Try again`}
        </button>
      </p>
    );
  }
  return (
    <div className="table-scroll">
      {/* A card per user at phone width (styles/tables.css), so each row's actions stay on screen. */}
      <table className="contacts-table stacked-table">
        <caption className="visually-hidden">{t`Users`}</caption>
        <thead>
          <tr>
            <th scope="col">{t`Username`}</th>
            <th scope="col">{t`Name`}</th>
            <th scope="col">{t`Role`}</th>
            <th scope="col">{t`Status`}</th>
            <th scope="col">{t`Last sign-in`}</th>
            <th scope="col">{t`Actions`}</th>
          </tr>
        </thead>
        <tbody>
          {users.data.users.map((user) => (
            <UserRow key={user.username} user={user} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
