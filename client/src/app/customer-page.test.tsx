import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@komet-contacts/server/contract';
import { problem, server, signedInAs } from '../testing/msw-server';
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
          code: 'komet-down',
          title: 'Komet is unavailable',
          detail: 'Komet answered HTTP 503.',
        });
      }),
    );
    const { user } = renderWithProviders(<CustomerPage customerId="4242" />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Komet isn’t answering right now, so nothing was changed.');
    expect(alert).not.toHaveTextContent(/HTTP|503/);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(calls).toBe(2));
  });

  it('when a contact was just saved, then a toast confirms it by name, and closing it drops ?saved= but keeps the filter', async () => {
    window.history.pushState(null, '', '/customers/4242?saved=501&q=carlos');
    try {
      const { user } = renderWithProviders(<CustomerPage customerId="4242" />);
      await waitFor(() =>
        expect(screen.getByRole('status')).toHaveTextContent(
          'Changes to Carlos Andrade were saved in Komet.',
        ),
      );

      await user.click(screen.getByRole('button', { name: 'Close' }));

      expect(screen.queryByRole('status')).not.toBeInTheDocument();
      expect(window.location.search).toBe('?q=carlos');
    } finally {
      window.history.pushState(null, '', '/');
    }
  });

  it('when a sales user opens it, then the contacts show without any Edit link', async () => {
    signedInAs('sales');
    renderWithProviders(<CustomerPage customerId="4242" />);

    expect(await screen.findByRole('rowheader', { name: 'Carlos Andrade' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^edit/i })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add contact' })).toBeInTheDocument();
  });

  it('when support opens it, then each contact has its Edit link', async () => {
    renderWithProviders(<CustomerPage customerId="4242" />);
    expect(await screen.findByRole('link', { name: 'Edit Carlos Andrade, Buyer' })).toHaveAttribute(
      'href',
      '/customers/4242/contacts/501/edit',
    );
  });
});

const entry = (overrides: Partial<AuditEntry>): AuditEntry => ({
  id: '1',
  at: '2026-11-29T15:04:00.000Z',
  username: 'sofia',
  userName: 'Sofía Ruiz',
  customerId: '4242',
  customerName: 'Rosaflor Ecuador S.A.',
  contactId: '501',
  action: 'update',
  fields: { name: 'Carlos Andrade', type: 'Buyer', email: 'carlos.new@rosaflor.example' },
  before: { name: 'Carlos Andrade', type: 'Buyer', email: 'carlos@rosaflor.example' },
  outcome: 'saved',
  message: 'Contact was successfully updated',
  completedAt: '2026-11-29T15:04:01.000Z',
  steps: [],
  ...overrides,
});

describe('CustomerPage history', () => {
  it('when the customer has changes, then each shows who, when, the outcome and before → after', async () => {
    const asked: string[] = [];
    server.use(
      http.get('/api/audit', ({ request }) => {
        asked.push(new URL(request.url).search);
        return HttpResponse.json({
          entries: [
            entry({ id: '2' }),
            entry({
              id: '1',
              action: 'add',
              before: null,
              fields: { name: 'Ana Gómez', type: 'A/P' },
              outcome: 'unknown',
              message: null,
              completedAt: null,
            }),
          ],
          next: null,
        });
      }),
    );
    renderWithProviders(<CustomerPage customerId="4242" />);

    const history = await screen.findByRole('region', { name: 'History' });
    const list = await within(history).findByRole('list', { name: 'Latest changes' });
    // Newest first: the change with its before → after, then the add whose outcome is unknown.
    expect(list).toHaveTextContent(
      new RegExp(
        [
          'Changed Carlos Andrade by Sofía Ruiz',
          'Saved in Komet',
          'E-mail: carlos@rosaflor.example → carlos.new@rosaflor.example',
          'Added Ana Gómez',
          'Unknown — may or may not be in Komet',
        ].join('.*'),
      ),
    );
    expect(within(list).getAllByText(/2026/)[0]).toHaveAttribute(
      'datetime',
      '2026-11-29T15:04:00.000Z',
    );
    expect(asked).toEqual(['?customerId=4242&limit=20']);
  });

  it('when an add took more than one attempt, then its steps can be unfolded under the outcome', async () => {
    const steps = [
      { at: '2026-11-29T15:04:02.000Z', kind: 'komet-failed', message: 'Komet did not answer.' },
      {
        at: '2026-11-29T15:05:00.000Z',
        kind: 'sent',
        message: 'Attempt 1: sent to Komet, saved as 777.',
      },
    ] as const;
    server.use(
      http.get('/api/audit', () =>
        HttpResponse.json({
          entries: [entry({ action: 'add', before: null, steps: [...steps] })],
          next: null,
        }),
      ),
    );
    const { user } = renderWithProviders(<CustomerPage customerId="4242" />);

    const history = await screen.findByRole('region', { name: 'History' });
    const toggle = await within(history).findByText('How it got there (2 steps)');
    expect(within(history).getByText(/saved as 777/)).not.toBeVisible();
    await user.click(toggle);
    expect(within(history).getByText(/saved as 777/)).toBeVisible();
    expect(within(history).getByText(/Komet did not answer\./)).toBeVisible();
  });

  it('when there are older changes, then “Show older” lists them below', async () => {
    server.use(
      http.get('/api/audit', ({ request }) => {
        const before = new URL(request.url).searchParams.get('before');
        return before === '9'
          ? HttpResponse.json({
              entries: [entry({ id: '8', outcome: 'refused', message: 'Invalid e-mail' })],
              next: null,
            })
          : HttpResponse.json({ entries: [entry({ id: '10' })], next: '9' });
      }),
    );
    const { user } = renderWithProviders(<CustomerPage customerId="4242" />);

    await user.click(await screen.findByRole('button', { name: 'Show older' }));

    const older = await screen.findByRole('list', { name: 'Older changes' });
    expect(older).toHaveTextContent('Refused by Komet: Invalid e-mail. Nothing was saved.');
    expect(older).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Show older' })).not.toBeInTheDocument();
  });
});
