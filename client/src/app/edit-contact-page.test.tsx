import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Contact } from '@komet-contacts/server/contract';
import { contactsByCustomer, server, signedInAs } from '../testing/msw-server';
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
    const { id: _id, ...fields } = CARLOS;
    expect(bodies[0]).toEqual({
      contact: { ...fields, phone: '+593 2 255 0101' },
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
