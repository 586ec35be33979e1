import { AddUserForm } from '../features/users/components/add-user-form';
import { UsersTable } from '../features/users/components/users-table';

/** `/admin/users`: who may sign in, with which role. */
export default function AdminUsersPage() {
  return (
    <section className="card" aria-labelledby="users-title">
      <h1 id="users-title">Users</h1>
      <p className="muted">
        Sales add contacts, support also correct them, admins also manage users. A new password or
        disabling someone signs them out everywhere.
      </p>
      <UsersTable />
      <AddUserForm />
    </section>
  );
}
