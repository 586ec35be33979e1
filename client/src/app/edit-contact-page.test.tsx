import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Contact } from '@komet-contacts/server/contract';
import { contactsByCustomer, problem, server, signedInAs } from '../testing/msw-server';
import { renderWithProviders } from '../testing/render';
import EditContactPage from './edit-contact-page';

const CARLOS = contactsByCustomer['4242']![0]!;

/** Each PUT's body and Idempotency-Key, answered in turn. */
function recordPuts(answers: ((body: unknown) => Response)[]) {
  const bodies: unknown[] = [];
  const keys: (string | null)[] = [];
  server.use(
    http.put('/api/customers/:customerId/contacts/:contactId', async ({ request }) => {
      const body = await request.json();
      bodies.push(body);
      keys.push(request.headers.get('idempotency-key'));
      return answers[bodies.length - 1]!(body);
    }),
  );
  return { bodies, keys };
}

const saved = () =>
  HttpResponse.json({ contactId: CARLOS.id, message: 'Contact was successfully updated' });

describe('EditContactPage', () => {
  it('when a field is changed and saved, then the full record goes with the version it started from and a key', async () => {
    const { bodies, keys } = recordPuts([saved]);
    const { user } = renderWithProviders(
      <EditContactPage customerId="4242" contactId={CARLOS.id} />,
    );
    const save = await screen.findByRole('button', { name: 'Save changes' });
    expect(save).toBeDisabled();

    await user.type(screen.getByLabelText(/^phone/i), '+593 2 255 0101');
    await user.click(save);

    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toEqual({
      // Every field named, the empty ones as "" (KOMET-API.md, customer.contact.update).
      contact: {
        name: 'Carlos Andrade',
        type: 'Buyer',
        phone: '+593 2 255 0101',
        ext: '',
        mobile: '',
        fax: '',
        email: 'carlos@rosaflor.example',
        description: '',
        instantMessaging: '',
        emailPOD: true,
      },
      expected: CARLOS,
    });
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
  });

  it('when a save is tried again after the connection dropped, then the same key goes with it; a changed field gets a new one', async () => {
    const { keys } = recordPuts([() => HttpResponse.error(), () => HttpResponse.error(), saved]);
    const { user } = renderWithProviders(
      <EditContactPage customerId="4242" contactId={CARLOS.id} />,
    );
    const phone = await screen.findByLabelText(/^phone/i);
    await user.type(phone, '+593 2 255 0101');
    const save = screen.getByRole('button', { name: 'Save changes' });

    await user.click(save);
    expect(await screen.findByRole('alert')).toHaveTextContent('Cannot reach the server');
    await user.click(save);
    await waitFor(() => expect(keys).toHaveLength(2));
    await user.type(phone, '2');
    await user.click(save);
    await waitFor(() => expect(keys).toHaveLength(3));

    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('when Komet’s copy changed meanwhile, then both versions show and saving keeps my change and theirs', async () => {
    const current: Contact = { ...CARLOS, email: 'carlos.new@rosaflor.example' };
    const { bodies, keys } = recordPuts([
      () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            status: 409,
            title: 'Changed in Komet meanwhile',
            detail:
              'Someone changed this contact in Komet since you opened it (email). Nothing was saved.',
            current,
            changedFields: ['email'],
          },
          { status: 409, headers: { 'content-type': 'application/problem+json' } },
        ),
      saved,
    ]);
    const { user } = renderWithProviders(
      <EditContactPage customerId="4242" contactId={CARLOS.id} />,
    );
    await user.type(await screen.findByLabelText(/^description/i), 'Prefers calls');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const conflict = await screen.findByRole('region', { name: /changed in Komet/ });
    const row = within(conflict).getByRole('row', { name: /E-mail/ });
    expect(row).toHaveTextContent('Not changed by you');
    expect(row).toHaveTextContent('carlos.new@rosaflor.example');
    expect(screen.getByLabelText(/^description/i)).toHaveValue('Prefers calls');

    await user.click(within(conflict).getByRole('button', { name: /save my changes/i }));

    await waitFor(() => expect(bodies).toHaveLength(2));
    const { id: _id, ...currentFields } = current;
    expect(bodies[1]).toMatchObject({
      expected: currentFields,
      // Someone else's new e-mail is kept, not undone by my save.
      contact: { description: 'Prefers calls', email: 'carlos.new@rosaflor.example' },
    });
    // Checked against another version: a new submission, not a repeat of the refused one.
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('when the e-mail is cleared and saved, then the update sends it as an empty string, not left out', async () => {
    const { bodies } = recordPuts([saved]);
    const { user } = renderWithProviders(
      <EditContactPage customerId="4242" contactId={CARLOS.id} />,
    );
    await user.clear(await screen.findByLabelText(/^e-mail/i));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toMatchObject({ contact: { email: '', name: 'Carlos Andrade' } });
  });

  it('when only spaces are added, or Ctrl+Enter is pressed with no change, then nothing can be saved', async () => {
    const { bodies } = recordPuts([saved]);
    const { user } = renderWithProviders(
      <EditContactPage customerId="4242" contactId={CARLOS.id} />,
    );
    const name = await screen.findByLabelText(/^name/i);

    await user.type(name, '   ');
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
    await user.keyboard('{Control>}{Enter}{/Control}');

    expect(bodies).toEqual([]);
  });

  it('when the contact is not in the customer’s list, then the page says it may have been deleted', async () => {
    renderWithProviders(<EditContactPage customerId="4242" contactId="999" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('may have been deleted');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Edit contact');
  });

  it('when the contact is loaded, then the browser tab names it', async () => {
    document.title = '';
    renderWithProviders(<EditContactPage customerId="4242" contactId={CARLOS.id} />);
    await waitFor(() => expect(document.title).toBe('Edit Carlos Andrade · Komet Contacts'));
  });

  it('when a sales user opens it by its URL, then it says who may change contacts and leads back', async () => {
    signedInAs('sales');
    renderWithProviders(<EditContactPage customerId="4242" contactId={CARLOS.id} />);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Only support staff and admins can change contacts',
    );
    expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the customer’s contacts' })).toHaveAttribute(
      'href',
      '/customers/4242',
    );
  });
});

/** Each DELETE's path and Idempotency-Key, answered in turn. */
function recordDeletes(answers: (() => Response)[]) {
  const calls: { path: string; key: string | null }[] = [];
  server.use(
    http.delete('/api/customers/:customerId/contacts/:contactId', ({ request }) => {
      calls.push({
        path: new URL(request.url).pathname,
        key: request.headers.get('idempotency-key'),
      });
      return answers[calls.length - 1]!();
    }),
  );
  return calls;
}

const deleted = () => new HttpResponse(null, { status: 204 });

describe('EditContactPage, leaving and deleting', () => {
  afterEach(() => vi.restoreAllMocks());

  it('when Cancel is pressed with unsaved changes, then it asks first: staying keeps the typing, leaving goes to the customer', async () => {
    const confirm = vi
      .spyOn(window, 'confirm')
      .mockReturnValueOnce(false)
      .mockReturnValueOnce(true);
    const { user } = renderWithProviders(
      <EditContactPage customerId="4242" contactId={CARLOS.id} />,
    );
    await user.type(await screen.findByLabelText(/^phone/i), '+593 2 255 0101');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(window.location.pathname).not.toBe('/customers/4242');
    expect(screen.getByLabelText(/^phone/i)).toHaveValue('+593 2 255 0101');

    await user.keyboard('{Escape}');
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(window.location.pathname).toBe('/customers/4242');
  });

  it('when Escape is pressed with nothing changed, then it goes back to the customer without asking', async () => {
    const confirm = vi.spyOn(window, 'confirm');
    const { user } = renderWithProviders(
      <EditContactPage customerId="4242" contactId={CARLOS.id} />,
    );
    await user.click(await screen.findByLabelText(/^phone/i));
    await user.keyboard('{Escape}');

    expect(confirm).not.toHaveBeenCalled();
    expect(window.location.pathname).toBe('/customers/4242');
  });

  it('when Escape is pressed outside the form, then it cancels the edit too, asking first when something changed', async () => {
    const confirm = vi
      .spyOn(window, 'confirm')
      .mockReturnValueOnce(false)
      .mockReturnValueOnce(true);
    const { user } = renderWithProviders(
      <EditContactPage customerId="4242" contactId={CARLOS.id} />,
    );
    await user.type(await screen.findByLabelText(/^phone/i), '+593');
    // Where the router leaves focus after a screen change: the page, not a field.
    await user.click(document.body);

    await user.keyboard('{Escape}');
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(window.location.pathname).not.toBe('/customers/4242');

    await user.keyboard('{Escape}');
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(window.location.pathname).toBe('/customers/4242');
  });

  it('when Delete contact is chosen, then a dialog names the contact and customer, Keep sends nothing and focus goes back', async () => {
    const calls = recordDeletes([deleted]);
    const { user } = renderWithProviders(
      <EditContactPage customerId="4242" contactId={CARLOS.id} />,
    );
    await screen.findByText('Rosaflor Ecuador S.A.', { exact: false });
    const opener = await screen.findByRole('button', { name: 'Delete contact' });

    await user.click(opener);

    const dialog = screen.getByRole('alertdialog', {
      name: 'Delete Carlos Andrade from Rosaflor Ecuador S.A.?',
    });
    expect(dialog).toHaveAccessibleDescription('This removes it from Komet.');
    expect(within(dialog).getByRole('button', { name: 'Keep' })).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Keep' }));

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(calls).toEqual([]);
  });

  it('when the delete is confirmed, then one DELETE with a key goes out and the customer page opens naming the deleted contact', async () => {
    const calls = recordDeletes([deleted]);
    const { user } = renderWithProviders(
      <EditContactPage customerId="4242" contactId={CARLOS.id} />,
    );
    // Unsaved edits do not matter once the contact is gone: no question on the way out.
    const confirm = vi.spyOn(window, 'confirm');
    await user.type(await screen.findByLabelText(/^phone/i), '+593');
    await user.click(screen.getByRole('button', { name: 'Delete contact' }));
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }),
    );

    await waitFor(() => expect(window.location.pathname).toBe('/customers/4242'));
    expect(new URLSearchParams(window.location.search).get('deleted')).toBe('Carlos Andrade');
    expect(calls).toEqual([
      {
        path: `/api/customers/4242/contacts/${CARLOS.id}`,
        key: expect.stringMatching(/^[0-9a-f]{32}$/),
      },
    ]);
    expect(confirm).not.toHaveBeenCalled();
  });

  it('when Komet does not confirm the delete, then the dialog says it may or may not be gone and what to do, and a retry reuses the key', async () => {
    const calls = recordDeletes([
      () =>
        problem({
          status: 504,
          title: 'Komet did not answer in time',
          detail: 'Komet did not answer within 15 s.',
        }),
      deleted,
    ]);
    const { user } = renderWithProviders(
      <EditContactPage customerId="4242" contactId={CARLOS.id} />,
    );
    await user.click(await screen.findByRole('button', { name: 'Delete contact' }));
    const dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    const message = await within(dialog).findByRole('alert');
    expect(message).toHaveTextContent(
      'Komet did not confirm the delete, so Carlos Andrade may or may not have been deleted',
    );
    expect(message).not.toHaveTextContent(/504|HTTP/);
    expect(window.location.pathname).not.toBe('/customers/4242');

    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(window.location.pathname).toBe('/customers/4242'));
    expect(calls[1]!.key).toBe(calls[0]!.key);
  });

  it('when the contact is already gone from Komet, then the dialog says so and that nothing was changed', async () => {
    recordDeletes([
      () =>
        problem({
          status: 404,
          code: 'unknown-contact',
          title: 'Contact not found',
          detail: 'Customer 4242 has no contact 501 in Komet.',
        }),
    ]);
    const { user } = renderWithProviders(
      <EditContactPage customerId="4242" contactId={CARLOS.id} />,
    );
    await user.click(await screen.findByRole('button', { name: 'Delete contact' }));
    const dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Carlos Andrade is no longer among this customer’s contacts in Komet: someone may have deleted it already. Nothing was changed.',
    );
  });
});
