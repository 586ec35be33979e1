import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { buildContactInput } from '@komet-contacts/server/contract/testing';
import { acceptSignIn, server, signedOutProblem, SUPPORT_USER } from '../testing/msw-server';
import { renderApp } from '../testing/render';

/** Adds answer 401 until someone signs in again; then they are saved. */
function sessionEndsBeforeTheAdd() {
  const adds: unknown[] = [];
  let signedIn = true;
  server.use(
    http.post('/api/customers/:customerId/contacts', async ({ request }) => {
      if (signedIn) {
        signedIn = false;
        return signedOutProblem();
      }
      adds.push(await request.json());
      return HttpResponse.json({ contactId: '777', message: 'saved' }, { status: 201 });
    }),
  );
  return adds;
}

describe('when the session ends while typing', () => {
  it('then a dialog asks to sign in again, and afterwards what was typed is still there to save', async () => {
    const adds = sessionEndsBeforeTheAdd();
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
});
