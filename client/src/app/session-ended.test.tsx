import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { SessionUser } from '@komet-contacts/server/contract';
import { buildContactInput } from '@komet-contacts/server/contract/testing';
import {
  acceptSignIn,
  DEMO_USERS,
  server,
  signedOutProblem,
  SUPPORT_USER,
} from '../testing/msw-server';
import { renderApp } from '../testing/render';

/**
 * Adds answer 401 until someone signs in again; then they are saved. Once the session has ended,
 * the session check answers as the server would: signed out, with `demoUsers` on the simulator.
 */
function sessionEndsBeforeTheAdd(
  signedInUser: SessionUser = SUPPORT_USER,
  demoUsers?: SessionUser[],
) {
  const adds: unknown[] = [];
  const sessionChecks: ('signed in' | 'signed out')[] = [];
  let signedIn = true;
  server.use(
    http.get('/api/session', () => {
      sessionChecks.push(signedIn ? 'signed in' : 'signed out');
      return signedIn ? HttpResponse.json({ user: signedInUser }) : signedOutProblem(demoUsers);
    }),
    http.post('/api/customers/:customerId/contacts', async ({ request }) => {
      if (signedIn) {
        signedIn = false;
        return signedOutProblem();
      }
      adds.push(await request.json());
      return HttpResponse.json({ contactId: '777', message: 'saved' }, { status: 201 });
    }),
  );
  return { adds, sessionChecks };
}

describe('when the session ends while typing', () => {
  it('then a dialog asks to sign in again, and afterwards what was typed is still there to save', async () => {
    const { adds } = sessionEndsBeforeTheAdd();
    const signIns = acceptSignIn();
    const contact = buildContactInput({ name: 'Ana Gómez' });
    const { user } = renderApp('/');
    await screen.findByText(SUPPORT_USER.name);
    await user.type(screen.getByRole('combobox', { name: /customer/i }), 'rosaf');
    await user.click(await screen.findByRole('option', { name: /Rosaflor/ }));
    await user.type(screen.getByLabelText(/^name/i), contact.name);
    await user.selectOptions(screen.getByLabelText(/^type/i), contact.type);
    await user.type(screen.getByLabelText(/^description$/i), 'Long notes');

    await user.click(screen.getByRole('button', { name: /save contact/i }));

    const dialog = await screen.findByRole('dialog', { name: 'Your session has ended' });
    expect(dialog).toHaveAccessibleDescription(
      'Sign in again to continue: what you typed is still here.',
    );
    expect(within(dialog).getByLabelText(/^username/i)).toHaveValue(SUPPORT_USER.username);
    const password = within(dialog).getByLabelText(/^password/i);
    expect(password).toHaveFocus();

    // Escape must not drop the dialog without a word.
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(dialog).toBeVisible();

    await user.type(password, 'correct horse battery');
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(signIns).toEqual([{ username: 'sofia', password: 'correct horse battery' }]);
    expect(screen.getByLabelText(/^name/i)).toHaveValue('Ana Gómez');
    expect(screen.getByLabelText(/^description$/i)).toHaveValue('Long notes');

    await user.click(screen.getByRole('button', { name: /save contact/i }));
    expect(await screen.findByRole('status')).toHaveTextContent('777');
    expect(adds).toEqual([expect.objectContaining({ name: 'Ana Gómez' })]);
  });

  it('then “Not now” leaves a notice with a way back to signing in', async () => {
    sessionEndsBeforeTheAdd();
    const { user } = renderApp('/');
    await screen.findByText(SUPPORT_USER.name);
    await user.type(screen.getByRole('combobox', { name: /customer/i }), 'rosaf');
    await user.click(await screen.findByRole('option', { name: /Rosaflor/ }));
    await user.type(screen.getByLabelText(/^name/i), 'Ana Gómez');
    await user.selectOptions(screen.getByLabelText(/^type/i), 'Buyer');
    await user.click(screen.getByRole('button', { name: /save contact/i }));
    const dialog = await screen.findByRole('dialog', { name: 'Your session has ended' });

    await user.click(within(dialog).getByRole('button', { name: 'Not now' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText(/You are signed out, so nothing can be saved/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(await screen.findByRole('dialog', { name: 'Your session has ended' })).toBeVisible();
    expect(screen.getByLabelText(/^name/i)).toHaveValue('Ana Gómez');
  });

  it('then a demo user on the simulator is offered its demo button, which signs in and keeps what was typed', async () => {
    const salesDemo = DEMO_USERS[0]!;
    const { adds } = sessionEndsBeforeTheAdd(salesDemo, DEMO_USERS);
    const signIns = acceptSignIn(salesDemo);
    const contact = buildContactInput({ name: 'Ana Gómez', type: 'Buyer' });
    const { user } = renderApp('/');
    await screen.findByText(salesDemo.name);
    await user.type(screen.getByRole('combobox', { name: /customer/i }), 'rosaf');
    await user.click(await screen.findByRole('option', { name: /Rosaflor/ }));
    await user.type(screen.getByLabelText(/^name/i), contact.name);
    await user.selectOptions(screen.getByLabelText(/^type/i), contact.type);

    await user.click(screen.getByRole('button', { name: /save contact/i }));

    const dialog = await screen.findByRole('dialog', { name: 'Your session has ended' });
    const demoButton = await within(dialog).findByRole('button', {
      name: 'Sign in again as Sales demo',
    });
    expect(demoButton).toHaveFocus();
    // Nobody knows a demo user's password: the form that asks for one is not offered.
    expect(within(dialog).queryByLabelText(/^password/i)).not.toBeInTheDocument();

    await user.click(demoButton);

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(signIns).toEqual([{ username: 'sales', demo: true }]);
    expect(screen.getByLabelText(/^name/i)).toHaveValue('Ana Gómez');
    await user.click(screen.getByRole('button', { name: /save contact/i }));
    expect(await screen.findByRole('status')).toHaveTextContent('777');
    expect(adds).toEqual([expect.objectContaining({ name: 'Ana Gómez', type: 'Buyer' })]);
  });

  it('then a user with a password on the simulator still gets the password form', async () => {
    const { sessionChecks } = sessionEndsBeforeTheAdd(SUPPORT_USER, DEMO_USERS);
    const { user } = renderApp('/');
    await screen.findByText(SUPPORT_USER.name);
    await user.type(screen.getByRole('combobox', { name: /customer/i }), 'rosaf');
    await user.click(await screen.findByRole('option', { name: /Rosaflor/ }));
    await user.type(screen.getByLabelText(/^name/i), 'Ana Gómez');
    await user.selectOptions(screen.getByLabelText(/^type/i), 'Buyer');
    await user.click(screen.getByRole('button', { name: /save contact/i }));

    const dialog = await screen.findByRole('dialog', { name: 'Your session has ended' });
    // The dialog has asked whom the simulator offers, and this user is not one of them.
    await waitFor(() => expect(sessionChecks).toEqual(['signed in', 'signed out']));
    expect(within(dialog).getByLabelText(/^password/i)).toHaveFocus();
    expect(within(dialog).queryByRole('button', { name: /demo/ })).not.toBeInTheDocument();
  });
});
