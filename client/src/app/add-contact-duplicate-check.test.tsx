import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { problem, ROSAFLOR, server } from '../testing/msw-server';
import { renderWithProviders } from '../testing/render';
import { AddContactPage } from './add-contact-page';

describe('the duplicate check, when the customer’s contacts cannot be read', () => {
  it('then nothing is sent until the user saves anyway or the check runs again', async () => {
    let listFails = true;
    const adds: unknown[] = [];
    server.use(
      http.get('/api/customers/:customerId/contacts', () =>
        listFails
          ? problem({ status: 502, title: 'Komet is not answering', detail: 'Try again.' })
          : HttpResponse.json({ contacts: [], fetchedAt: '2026-11-29T10:00:00.000Z' }),
      ),
      http.post('/api/customers/:customerId/contacts', async ({ request }) => {
        adds.push(await request.json());
        return HttpResponse.json({ contactId: '4535434', message: 'Saved' }, { status: 201 });
      }),
    );
    const { user } = renderWithProviders(<AddContactPage customerId={ROSAFLOR.id} />);
    await user.type(await screen.findByLabelText(/^name/i), 'Valentina Ríos');
    await user.selectOptions(screen.getByLabelText(/^type/i), 'Buyer');
    await user.click(screen.getByRole('button', { name: /save contact/i }));

    expect(
      await screen.findByRole('heading', {
        name: 'We could not check whether this contact exists already',
      }),
    ).toBeVisible();
    expect(adds).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Try the check again' }));
    await screen.findByRole('button', { name: 'Try the check again' });
    expect(adds).toEqual([]);

    listFails = false;
    await user.click(screen.getByRole('button', { name: 'Try the check again' }));
    await waitFor(() => expect(adds).toHaveLength(1));
    expect(await screen.findByText('Contact saved in Komet')).toBeVisible();
  });

  it('then “Save anyway” sends it once', async () => {
    const adds: unknown[] = [];
    server.use(
      http.get('/api/customers/:customerId/contacts', () =>
        problem({ status: 502, title: 'Komet is not answering', detail: 'Try again.' }),
      ),
      http.post('/api/customers/:customerId/contacts', async ({ request }) => {
        adds.push(await request.json());
        return HttpResponse.json({ contactId: '4535434', message: 'Saved' }, { status: 201 });
      }),
    );
    const { user } = renderWithProviders(<AddContactPage customerId={ROSAFLOR.id} />);
    await user.type(await screen.findByLabelText(/^name/i), 'Valentina Ríos');
    await user.selectOptions(screen.getByLabelText(/^type/i), 'Buyer');
    await user.click(screen.getByRole('button', { name: /save contact/i }));
    await user.click(await screen.findByRole('button', { name: 'Save anyway' }));

    expect(await screen.findByText('Contact saved in Komet')).toBeVisible();
    expect(adds).toHaveLength(1);
  });
});
