import { screen, waitFor } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { problem, server } from '../testing/msw-server';
import { renderWithProviders } from '../testing/render';
import CustomerPage from './customer-page';

describe('CustomerPage', () => {
  it('when the customer has no contacts, then it says so and offers to add one', async () => {
    renderWithProviders(<CustomerPage customerId="1273" />);
    expect(
      await screen.findByText('This customer has no contacts in Komet yet.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Rosas Bogotá S.A.');
    expect(screen.getByRole('link', { name: 'Add contact' })).toHaveAttribute(
      'href',
      '/customers/1273/contacts/new',
    );
  });

  it('when Komet cannot list the contacts, then the error says why and offers to try again', async () => {
    let calls = 0;
    server.use(
      http.get('/api/customers/:customerId/contacts', () => {
        calls++;
        return problem({
          status: 502,
          title: 'Komet is unavailable',
          detail: 'Komet answered HTTP 503.',
        });
      }),
    );
    const { user } = renderWithProviders(<CustomerPage customerId="4242" />);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Komet is unavailable: Komet answered HTTP 503.',
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(calls).toBe(2));
  });

  it('when a contact was just saved, then the page confirms it by name', async () => {
    window.history.pushState(null, '', '/customers/4242?saved=501');
    try {
      renderWithProviders(<CustomerPage customerId="4242" />);
      expect(await screen.findByRole('status')).toHaveTextContent(
        'Changes to Carlos Andrade were saved in Komet.',
      );
    } finally {
      window.history.pushState(null, '', '/');
    }
  });
});
