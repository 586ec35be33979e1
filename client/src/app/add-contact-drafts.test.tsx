import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ROSAFLOR, server } from '../testing/msw-server';
import { renderApp, renderWithProviders } from '../testing/render';
import { AddContactPage } from './add-contact-page';

type User = ReturnType<typeof renderWithProviders>['user'];

const nameField = () => screen.getByLabelText(/^name/i);
/** The drafts kept in this browser (features/drafts/draft-store.ts), by storage key. */
const storedDrafts = () =>
  Object.keys(localStorage).filter((key) => key.startsWith('komet-contacts:add-draft:'));

async function typeContact(user: User) {
  await user.type(nameField(), 'Valentina Ríos');
  await user.type(screen.getByLabelText(/^e-mail$/i), 'valentina@rosaflor.example');
  // The keeper writes each change; its note shows once it has loaded and seen the typing.
  await screen.findByRole('button', { name: 'Discard draft' });
}

function answerAdds(status: 201 | 202) {
  server.use(
    http.post('/api/customers/:customerId/contacts', () =>
      status === 201
        ? HttpResponse.json({ contactId: '4535434', message: 'Saved' }, { status })
        : HttpResponse.json(
            { status: 'queued', submissionId: '12', message: 'Queued' },
            { status },
          ),
    ),
  );
}

afterEach(() => vi.restoreAllMocks());

describe('the add form’s draft', () => {
  it('when the form is opened again after typing, then what was typed is restored and said so', async () => {
    const view = renderWithProviders(<AddContactPage customerId={ROSAFLOR.id} />);
    await view.user.type(await screen.findByLabelText(/^name/i), 'Valentina Ríos');
    await screen.findByRole('button', { name: 'Discard draft' });
    view.unmount();

    renderWithProviders(<AddContactPage customerId={ROSAFLOR.id} />);
    expect(await screen.findByText(/restored what you were typing/i)).toBeVisible();
    expect(nameField()).toHaveValue('Valentina Ríos');
  });

  it('when another customer’s form opens, then that draft is not restored there', async () => {
    const view = renderWithProviders(<AddContactPage customerId={ROSAFLOR.id} />);
    await view.user.type(await screen.findByLabelText(/^name/i), 'Valentina Ríos');
    await screen.findByRole('button', { name: 'Discard draft' });
    view.unmount();

    renderWithProviders(<AddContactPage customerId="1273" />);
    expect(await screen.findByLabelText(/^name/i)).toHaveValue('');
  });

  it.each([201, 202] as const)(
    'when the contact is saved (%i), then the draft is gone',
    async (status) => {
      answerAdds(status);
      const view = renderWithProviders(<AddContactPage customerId={ROSAFLOR.id} />);
      await screen.findByLabelText(/^name/i);
      await typeContact(view.user);
      await view.user.selectOptions(screen.getByLabelText(/^type/i), 'Buyer');
      await view.user.click(screen.getByRole('button', { name: /save contact/i }));
      await screen.findByRole('status');
      expect(storedDrafts()).toEqual([]);
      view.unmount();

      renderWithProviders(<AddContactPage customerId={ROSAFLOR.id} />);
      expect(await screen.findByLabelText(/^name/i)).toHaveValue('');
      expect(screen.queryByText(/restored/i)).not.toBeInTheDocument();
    },
  );

  it.each([201, 202] as const)(
    'when the next contact is typed after a save (%i), then it is kept as a draft again and comes back',
    async (status) => {
      answerAdds(status);
      const view = renderWithProviders(<AddContactPage customerId={ROSAFLOR.id} />);
      await screen.findByLabelText(/^name/i);
      await typeContact(view.user);
      await view.user.selectOptions(screen.getByLabelText(/^type/i), 'Buyer');
      await view.user.click(screen.getByRole('button', { name: /save contact/i }));
      await screen.findByRole('status');
      await waitFor(() => expect(nameField()).toHaveFocus());
      expect(screen.queryByRole('button', { name: 'Discard draft' })).not.toBeInTheDocument();

      await view.user.keyboard('Mateo Ortiz');
      expect(await screen.findByRole('button', { name: 'Discard draft' })).toBeVisible();
      view.unmount();

      renderWithProviders(<AddContactPage customerId={ROSAFLOR.id} />);
      expect(await screen.findByText(/restored what you were typing/i)).toBeVisible();
      expect(nameField()).toHaveValue('Mateo Ortiz');
      expect(screen.getByLabelText(/^e-mail$/i)).toHaveValue('');
    },
  );

  it('when the next contact is saved too, then its draft is gone as well', async () => {
    answerAdds(201);
    const view = renderWithProviders(<AddContactPage customerId={ROSAFLOR.id} />);
    await screen.findByLabelText(/^name/i);
    await typeContact(view.user);
    await view.user.selectOptions(screen.getByLabelText(/^type/i), 'Buyer');
    await view.user.click(screen.getByRole('button', { name: /save contact/i }));
    await screen.findByRole('status');
    await waitFor(() => expect(nameField()).toHaveFocus());

    await typeContact(view.user);
    await view.user.selectOptions(screen.getByLabelText(/^type/i), 'Buyer');
    await view.user.click(screen.getByRole('button', { name: /save contact/i }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Discard draft' })).toBeNull());
    await screen.findByRole('status');
    expect(storedDrafts()).toEqual([]);
    view.unmount();

    renderWithProviders(<AddContactPage customerId={ROSAFLOR.id} />);
    expect(await screen.findByLabelText(/^name/i)).toHaveValue('');
    expect(screen.queryByText(/restored/i)).not.toBeInTheDocument();
  });

  it('when “Discard draft” is pressed, then the form empties and nothing comes back', async () => {
    const view = renderWithProviders(<AddContactPage />);
    await typeContact(view.user);
    await view.user.click(screen.getByRole('button', { name: 'Discard draft' }));
    expect(nameField()).toHaveValue('');
    view.unmount();

    renderWithProviders(<AddContactPage />);
    await screen.findByLabelText(/^name/i);
    expect(screen.queryByText(/restored/i)).not.toBeInTheDocument();
    expect(nameField()).toHaveValue('');
  });
});

describe('leaving the add form', () => {
  it('when half-typed and a link is followed, then it asks first and stays if told to', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const { user } = renderApp('/');
    await typeContact(user);

    await user.click(screen.getByRole('link', { name: 'Customers' }));
    expect(confirm).toHaveBeenCalledWith(expect.stringMatching(/not saved yet/));
    expect(window.location.pathname).toBe('/');
    expect(nameField()).toHaveValue('Valentina Ríos');
  });

  it('when the tab is closed half-typed, then the browser is told to ask', async () => {
    const { user } = renderApp('/');
    await typeContact(user);
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('when nothing is typed or the contact is saved, then leaving does not ask', async () => {
    answerAdds(201);
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const { user } = renderApp(`/customers/${ROSAFLOR.id}/contacts/new`);
    await screen.findByLabelText(/^name/i);
    await typeContact(user);
    await user.selectOptions(screen.getByLabelText(/^type/i), 'Buyer');
    await user.click(screen.getByRole('button', { name: /save contact/i }));
    await screen.findByRole('link', { name: /see all contacts of/i });

    await user.click(screen.getByRole('link', { name: /see all contacts of/i }));
    await waitFor(() => expect(window.location.pathname).toBe(`/customers/${ROSAFLOR.id}`));
    expect(confirm).not.toHaveBeenCalled();
  });

  it('when the next contact is half-typed after a save, then leaving asks again', async () => {
    answerAdds(201);
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const { user } = renderApp(`/customers/${ROSAFLOR.id}/contacts/new`);
    await screen.findByLabelText(/^name/i);
    await typeContact(user);
    await user.selectOptions(screen.getByLabelText(/^type/i), 'Buyer');
    await user.click(screen.getByRole('button', { name: /save contact/i }));
    await screen.findByRole('link', { name: /see all contacts of/i });
    await typeContact(user);

    await user.click(screen.getByRole('link', { name: /see all contacts of/i }));
    expect(confirm).toHaveBeenCalledWith(expect.stringMatching(/not saved yet/));
    expect(window.location.pathname).toBe(`/customers/${ROSAFLOR.id}/contacts/new`);
    expect(nameField()).toHaveValue('Valentina Ríos');
  });
});
