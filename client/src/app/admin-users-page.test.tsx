import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { UserSummary } from '@komet-contacts/server/contract';
import { problem, server, signedInAs } from '../testing/msw-server';
import { renderWithProviders } from '../testing/render';
import AdminPage from './admin-page';

const ADMIN: UserSummary = {
  username: 'admin-user',
  name: 'Pat admin',
  role: 'admin',
  disabled: false,
  createdAt: '2026-11-01T09:00:00.000Z',
  lastSignInAt: '2026-11-29T08:00:00.000Z',
};

function usersApi(answerAdd: (body: Record<string, unknown>) => Response) {
  const users = [ADMIN];
  const adds: unknown[] = [];
  server.use(
    http.get('/api/users', () => HttpResponse.json({ users })),
    http.post('/api/users', async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      adds.push(body);
      return answerAdd(body);
    }),
  );
  return { users, adds };
}

type User = ReturnType<typeof renderWithProviders>['user'];

const addForm = () => within(screen.getByRole('form', { name: 'Add a user' }));

async function fillNewUser(user: User) {
  await user.type(addForm().getByLabelText(/^username/i), 'ana');
  await user.type(addForm().getByLabelText(/^display name/i), 'Ana Gómez');
  await user.selectOptions(addForm().getByLabelText(/^role/i), 'support');
  await user.type(addForm().getByLabelText(/^first password/i), 'a long first password');
}

describe('/admin/users', () => {
  it('when an admin adds a user, then the list shows them and the form is ready for the next', async () => {
    signedInAs('admin');
    const { users, adds } = usersApi((body) => {
      const created = { ...ADMIN, ...body, lastSignInAt: null } as UserSummary;
      users.push(created);
      return HttpResponse.json({ user: created }, { status: 201 });
    });
    const { user } = renderWithProviders(<AdminPage screen="users" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Users' })).toBeInTheDocument();
    await screen.findByRole('rowheader', { name: 'admin-user' });

    await fillNewUser(user);
    await user.click(screen.getByRole('button', { name: 'Add user' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Ana Gómez can now sign in as “ana”.',
    );
    const row = await screen.findByRole('row', { name: /^ana/ });
    expect(within(row).getByRole('cell', { name: 'Support' })).toBeInTheDocument();
    expect(within(row).getByRole('cell', { name: 'Never' })).toBeInTheDocument();
    expect(adds).toEqual([
      { username: 'ana', name: 'Ana Gómez', role: 'support', password: 'a long first password' },
    ]);
    expect(addForm().getByLabelText(/^username/i)).toHaveValue('');
  });

  it('when the username is taken, then the username field says so and everything typed stays', async () => {
    signedInAs('admin');
    usersApi(() =>
      problem({
        status: 409,
        title: 'Username taken',
        detail: 'A user named ana already exists.',
        code: 'username-taken',
      }),
    );
    const { user } = renderWithProviders(<AdminPage screen="users" />);
    await screen.findByRole('rowheader', { name: 'admin-user' });

    await fillNewUser(user);
    await user.click(screen.getByRole('button', { name: 'Add user' }));

    const username = addForm().getByLabelText(/^username/i);
    await waitFor(() =>
      expect(username).toHaveAccessibleDescription(
        'Someone already has that username. Choose another one.',
      ),
    );
    expect(username).toHaveValue('ana');
    expect(addForm().getByLabelText(/^display name/i)).toHaveValue('Ana Gómez');
  });

  it('when the last admin would be disabled, then the row says why nothing changed', async () => {
    signedInAs('admin');
    usersApi(() => HttpResponse.json({}));
    server.use(
      http.patch('/api/users/:username', () =>
        problem({
          status: 409,
          title: 'Last admin',
          detail: 'This would leave no enabled admin.',
          code: 'last-admin',
        }),
      ),
    );
    const { user } = renderWithProviders(<AdminPage screen="users" />);

    await user.click(await screen.findByRole('button', { name: 'Disable admin-user' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nothing was changed: this is the last admin who can sign in. Make someone else an admin first.',
    );
  });

  it('when a password is too short, then the reset form says so and sends nothing', async () => {
    signedInAs('admin');
    usersApi(() => HttpResponse.json({}));
    const patches: unknown[] = [];
    server.use(
      http.patch('/api/users/:username', async ({ request }) => {
        patches.push(await request.json());
        return HttpResponse.json({ user: ADMIN });
      }),
    );
    const { user } = renderWithProviders(<AdminPage screen="users" />);
    await user.click(await screen.findByRole('button', { name: 'Reset password' }));

    const password = screen.getByLabelText(/^new password for admin-user/i);
    await user.type(password, 'short');
    await user.click(screen.getByRole('button', { name: 'Set password' }));

    await waitFor(() => expect(password).toHaveAccessibleDescription('At least 10 characters'));
    expect(patches).toEqual([]);

    await user.clear(password);
    await user.type(password, 'a much longer password');
    await user.click(screen.getByRole('button', { name: 'Set password' }));
    expect(await screen.findByRole('status')).toHaveTextContent('has a new password');
    expect(patches).toEqual([{ password: 'a much longer password' }]);
  });

  it('when someone who is not an admin opens it, then it says only admins can', async () => {
    signedInAs('support');
    renderWithProviders(<AdminPage screen="users" />);
    expect(
      await screen.findByRole('heading', { name: 'Only admins can open this screen' }),
    ).toBeInTheDocument();
  });
});
