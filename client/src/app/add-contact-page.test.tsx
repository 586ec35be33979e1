import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { ContactDraft, Submission } from '@komet-contacts/server/contract';
import { buildContactInput } from '@komet-contacts/server/contract/testing';
import { problem, ROSAFLOR, server } from '../testing/msw-server';
import { renderWithProviders } from '../testing/render';
import { AddContactPage } from './add-contact-page';

type User = ReturnType<typeof renderWithProviders>['user'];

function recordAdds() {
  const bodies: unknown[] = [];
  server.use(
    http.post('/api/customers/:customerId/contacts', async ({ request, params }) => {
      bodies.push({ customerId: params.customerId, body: await request.json() });
      return HttpResponse.json(
        { contactId: '4535434', message: 'Contact was successfully saved' },
        { status: 201 },
      );
    }),
  );
  return bodies;
}

async function pickCustomer(user: User, text: string, name: string) {
  await user.type(screen.getByRole('combobox', { name: /customer/i }), text);
  await user.click(await screen.findByRole('option', { name: new RegExp(name) }));
}

async function fillContact(user: User, contact: ContactDraft) {
  await user.type(screen.getByLabelText(/^name/i), contact.name ?? '');
  await user.selectOptions(screen.getByLabelText(/^type/i), contact.type ?? '');
  for (const [label, value] of [
    [/^e-mail$/i, contact.email],
    [/^phone$/i, contact.phone],
    [/^ext\.$/i, contact.ext],
    [/^mobile$/i, contact.mobile],
    [/^fax$/i, contact.fax],
    [/^instant messaging$/i, contact.instantMessaging],
    [/^description$/i, contact.description],
  ] as const) {
    if (value) await user.type(screen.getByLabelText(label), value);
  }
  if (contact.emailPOD) await user.click(screen.getByLabelText(/proofs of delivery/i));
}

describe('AddContactPage', () => {
  it('when submitted empty, then each required field says so, the customer gets focus and nothing is sent', async () => {
    const bodies = recordAdds();
    const { user } = renderWithProviders(<AddContactPage />);

    await user.click(screen.getByRole('button', { name: /save contact/i }));

    const customer = screen.getByRole('combobox', { name: /customer/i });
    await waitFor(() => expect(customer).toHaveFocus());
    expect(customer).toHaveAccessibleDescription(/choose a customer/i);
    expect(screen.getByLabelText(/^name/i)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^name/i)).toHaveAccessibleDescription('Required');
    expect(screen.getByLabelText(/^type/i)).toHaveAccessibleDescription('Required');
    expect(bodies).toHaveLength(0);
  });

  it('when a field is left with a bad value, then its message shows on blur', async () => {
    const { user } = renderWithProviders(<AddContactPage />);

    await user.type(screen.getByLabelText(/^e-mail$/i), 'ana@');
    await user.tab();

    expect(await screen.findByText(/enter a valid e-mail address/i)).toBeInTheDocument();
    expect(screen.getByLabelText(/^e-mail$/i)).toHaveValue('ana@');
  });

  it('when a value nears its limit, then a counter appears, and past it an error keeps the whole text', async () => {
    const { user } = renderWithProviders(<AddContactPage />);
    const ext = screen.getByLabelText(/^ext\.$/i);

    await user.click(ext);
    await user.paste('1'.repeat(40));
    expect(screen.getByText('40/50')).toBeInTheDocument();

    await user.paste('1'.repeat(11));
    await user.tab();
    expect(await screen.findByText('At most 50 characters')).toBeInTheDocument();
    expect(ext).toHaveValue('1'.repeat(51));
  });

  it('when saved, then the trimmed contact reaches the server once and the Komet id is shown', async () => {
    const bodies = recordAdds();
    const { user } = renderWithProviders(<AddContactPage />);
    const contact = buildContactInput({ name: '  Ana Gómez  ', fax: '' });

    await pickCustomer(user, 'rosaf', 'Rosaflor');
    await fillContact(user, contact);
    await user.click(screen.getByRole('button', { name: /save contact/i }));

    await screen.findByRole('heading', { name: 'Contact saved in Komet' });
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('4535434');
    expect(status).toHaveTextContent('Rosaflor Ecuador S.A.');
    expect(bodies).toEqual([
      {
        customerId: '4242',
        body: {
          name: 'Ana Gómez',
          type: contact.type,
          email: contact.email,
          phone: contact.phone,
          ext: contact.ext,
          mobile: contact.mobile,
          instantMessaging: contact.instantMessaging,
          description: contact.description,
          emailPOD: true,
        },
      },
    ]);
  });

  it('when saved, then the news shows above a fresh form for the same customer, with the cursor in Name', async () => {
    recordAdds();
    const { user } = renderWithProviders(<AddContactPage />);
    await pickCustomer(user, 'rosaf', 'Rosaflor');
    await fillContact(user, buildContactInput());
    await user.click(screen.getByRole('button', { name: /save contact/i }));

    const news = await screen.findByRole('status');
    expect(within(news).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Contact saved in Komet',
    );
    const name = screen.getByLabelText(/^name/i);
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveValue('');
    expect(name).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^type/i)).toHaveValue('');
    expect(screen.getByLabelText(/^e-mail$/i)).toHaveValue('');
    expect(screen.getByRole('combobox', { name: /customer/i })).toHaveValue(
      'Rosaflor Ecuador S.A.',
    );
    // Above the form, which keeps the page's h1; nothing in between to press.
    const form = screen.getByRole('form', { name: 'Add a contact' });
    expect(news.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Add a contact');
    expect(screen.queryByRole('button', { name: /add another/i })).not.toBeInTheDocument();
  });

  it('when the same contact is saved again as the next one, then it goes under a new key, and the first news goes as that save starts', async () => {
    const keys: (string | null)[] = [];
    let release: () => void = () => undefined;
    server.use(
      http.post('/api/customers/:customerId/contacts', async ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        const contactId = String(4535433 + keys.length);
        if (keys.length === 2) await new Promise<void>((resolve) => (release = resolve));
        return HttpResponse.json({ contactId, message: 'Saved' }, { status: 201 });
      }),
    );
    const { user } = renderWithProviders(<AddContactPage />);
    const contact = buildContactInput({ name: 'Ana Gómez', description: '' });
    await pickCustomer(user, 'rosaf', 'Rosaflor');
    await fillContact(user, contact);
    await user.click(screen.getByRole('button', { name: /save contact/i }));
    expect(await screen.findByRole('status')).toHaveTextContent('4535434');
    await waitFor(() => expect(screen.getByLabelText(/^name/i)).toHaveFocus());

    await fillContact(user, contact);
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(keys).toHaveLength(2));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    release();

    expect(await screen.findByRole('status')).toHaveTextContent('4535435');
    expect(keys[1]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('when another customer is chosen after a save, then the news goes', async () => {
    recordAdds();
    const { user } = renderWithProviders(<AddContactPage />);
    await pickCustomer(user, 'rosaf', 'Rosaflor');
    await fillContact(user, buildContactInput());
    await user.click(screen.getByRole('button', { name: /save contact/i }));
    await screen.findByRole('status');

    await user.clear(screen.getByRole('combobox', { name: /customer/i }));
    await pickCustomer(user, 'bogo', 'Rosas Bogotá');

    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /customer/i })).toHaveValue('Rosas Bogotá S.A.');
  });

  it('when Komet refuses the type, then the message shows under Type and everything typed stays', async () => {
    server.use(
      http.post('/api/customers/:customerId/contacts', () =>
        problem({
          status: 422,
          title: 'Komet refused the request',
          detail: "Contact type 'Buyer' is not registered in this company.",
          fieldErrors: { type: ["Contact type 'Buyer' is not registered in this company."] },
        }),
      ),
    );
    const { user } = renderWithProviders(<AddContactPage />);
    const contact = buildContactInput();
    await pickCustomer(user, 'rosaf', 'Rosaflor');
    await fillContact(user, contact);
    await user.click(screen.getByRole('button', { name: /save contact/i }));

    const type = screen.getByLabelText(/^type/i);
    await waitFor(() => expect(type).toHaveAccessibleDescription(/not registered/));
    expect(type).toHaveFocus();
    expect(screen.getByLabelText(/^name/i)).toHaveValue(contact.name);
    expect(screen.getByLabelText(/^description$/i)).toHaveValue(contact.description);
  });

  it('when Komet cannot take the contact now, then the page says it is saved here and will be sent', async () => {
    server.use(
      http.post('/api/customers/:customerId/contacts', () =>
        HttpResponse.json(
          { status: 'queued', submissionId: '12', message: 'Saved here, not yet in Komet.' },
          { status: 202 },
        ),
      ),
      http.get('/api/submissions/12', () =>
        HttpResponse.json({
          id: '12',
          state: 'queued',
          customerId: ROSAFLOR.id,
          customerName: ROSAFLOR.name,
          contact: { name: 'Ana Lucía Gómez', type: 'Buyer', emailPOD: false },
          username: 'sofia',
          attempts: 1,
          nextAttemptAt: '2026-11-30T10:00:30.000Z',
          createdAt: '2026-11-30T10:00:00.000Z',
        } satisfies Submission),
      ),
    );
    const { user } = renderWithProviders(<AddContactPage />);
    await pickCustomer(user, 'rosaf', 'Rosaflor');
    await fillContact(user, buildContactInput());
    await user.click(screen.getByRole('button', { name: /save contact/i }));

    expect(
      await screen.findByRole('heading', { name: 'Saved here, not yet in Komet' }),
    ).toBeInTheDocument();
    const news = screen.getByRole('status');
    expect(news).toHaveTextContent(/will be sent to Komet when it answers/);
    // Its progress shows in the news while the next contact is typed below.
    expect(await within(news).findByText(/Waiting for Komet \(tries so far: 1\)/)).toBeVisible();
    await waitFor(() => expect(screen.getByLabelText(/^name/i)).toHaveFocus());
    expect(screen.getByLabelText(/^name/i)).toHaveValue('');
  });

  it('when a save is tried again after the connection dropped, then the same key goes with it; a changed contact gets a new one', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.post('/api/customers/:customerId/contacts', ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        return HttpResponse.error();
      }),
    );
    const { user } = renderWithProviders(<AddContactPage />);
    await pickCustomer(user, 'rosaf', 'Rosaflor');
    await fillContact(user, buildContactInput());
    const save = screen.getByRole('button', { name: /save contact/i });
    await user.click(save);
    await screen.findByRole('alert');
    await user.click(save);
    await waitFor(() => expect(keys).toHaveLength(2));
    await user.type(screen.getByLabelText(/^name/i), ' Jr');
    await user.click(save);
    await waitFor(() => expect(keys).toHaveLength(3));

    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('when the outcome of a save is unknown, then the customer’s contact list is read again', async () => {
    let listReads = 0;
    server.use(
      http.get('/api/customers/:customerId/contacts', () => {
        listReads++;
        return HttpResponse.json({ contacts: [], fetchedAt: '2026-11-29T10:00:00.000Z' });
      }),
      http.post('/api/customers/:customerId/contacts', () =>
        problem({
          status: 504,
          title: 'Komet did not answer in time',
          detail: 'May have been saved.',
        }),
      ),
    );
    const { user } = renderWithProviders(<AddContactPage />);
    await pickCustomer(user, 'rosaf', 'Rosaflor');
    await fillContact(user, buildContactInput());
    await waitFor(() => expect(listReads).toBe(1));
    await user.click(screen.getByRole('button', { name: /save contact/i }));

    await screen.findByRole('alert');
    await waitFor(() => expect(listReads).toBe(2));
  });

  it('when Save is pressed twice while saving, then one request is sent', async () => {
    let release: () => void = () => undefined;
    const bodies: unknown[] = [];
    server.use(
      http.post('/api/customers/:customerId/contacts', async ({ request }) => {
        bodies.push(await request.json());
        await new Promise<void>((resolve) => (release = resolve));
        return HttpResponse.json({ contactId: '9', message: 'saved' }, { status: 201 });
      }),
    );
    const { user } = renderWithProviders(<AddContactPage />);
    await pickCustomer(user, 'rosaf', 'Rosaflor');
    await fillContact(user, buildContactInput());

    const save = screen.getByRole('button', { name: /save contact/i });
    await user.click(save);
    const saving = await screen.findByRole('button', { name: /saving/i });
    expect(saving).toBeDisabled();
    await user.keyboard('{Control>}{Enter}{/Control}');
    release();

    expect(await screen.findByRole('status')).toHaveTextContent('9');
    expect(bodies).toHaveLength(1);
  });
});
