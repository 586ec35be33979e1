import { t } from '@lingui/core/macro';
import { AddUserForm } from '../features/users/components/add-user-form';
import { UsersTable } from '../features/users/components/users-table';

/** `/admin/users`: who may sign in, with which role. */
export default function AdminUsersPage() {
  return (
    <section className="card" aria-labelledby="users-title">
      <h1 id="users-title">{t`Users`}</h1>
      <p className="muted">
        {t`Sales add contacts, support also correct them, admins also manage users. A new password or disabling someone signs them out everywhere.`}
      </p>
      <UsersTable />
      <AddUserForm />
    </section>
  );
}
