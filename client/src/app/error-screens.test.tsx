import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { problem, server } from '../testing/msw-server';
import { http } from 'msw';
import { renderApp } from '../testing/render';

describe('error screens', () => {
  // React logs each error a boundary catches; these tests cause them on purpose.
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('when the add page names an unknown customer, then "Customer not found" with the ways back and no Try again', async () => {
    renderApp('/customers/999999/contacts/new');

    const card = await screen.findByRole('region', { name: 'Customer not found' });
    expect(within(card).getByRole('heading', { level: 1 })).toHaveTextContent('Customer not found');
    expect(card).toHaveTextContent(/names no customer in Komet’s customer list/);
    expect(within(card).getByRole('link', { name: 'Find the customer' })).toHaveAttribute(
      'href',
      '/customers',
    );
    expect(
      within(card).getByRole('link', { name: 'Add a contact for another customer' }),
    ).toHaveAttribute('href', '/');
    expect(within(card).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('when a screen fails and the user navigates elsewhere, then the next screen shows, not the failure', async () => {
    const { user } = renderApp('/customers/999999/contacts/new');
    const card = await screen.findByRole('region', { name: 'Customer not found' });

    await user.click(
      within(card).getByRole('link', { name: 'Add a contact for another customer' }),
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'Add a contact' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Customer not found' })).not.toBeInTheDocument();
  });

  it('when Komet is down while the customer loads, then the screen says so for a person and offers Try again', async () => {
    server.use(
      http.get('/api/customers/:customerId', () =>
        problem({
          status: 502,
          code: 'komet-down',
          title: 'Komet is unavailable',
          detail:
            'Komet answered HTTP 503 (customer.list). Nothing was changed; try again in a moment.',
        }),
      ),
    );
    renderApp('/customers/4242/contacts/new');

    const card = await screen.findByRole('region', { name: 'This screen could not be loaded' });
    expect(card).toHaveTextContent('Komet isn’t answering right now, so nothing was changed.');
    expect(card).not.toHaveTextContent(/HTTP|503|customer\.list/);
    expect(within(card).getByRole('button', { name: 'Try again' })).toBeVisible();
    expect(within(card).getByRole('link', { name: 'Find a customer' })).toBeVisible();
  });

  it('when the address leads nowhere, then "Page not found" with the ways back', async () => {
    renderApp('/nowhere');

    const card = await screen.findByRole('region', { name: 'Page not found' });
    expect(within(card).getByRole('link', { name: 'Add a contact' })).toBeVisible();
  });
});
