import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@komet-contacts/server/contract';
import { server, signedInAs } from '../testing/msw-server';
import { renderApp } from '../testing/render';

const ENTRY: AuditEntry = {
  id: '31',
  at: '2026-11-29T15:04:00.000Z',
  username: 'sofia',
  userName: 'Sofía Ruiz',
  customerId: '4242',
  customerName: 'Rosaflor Ecuador S.A.',
  contactId: '501',
  action: 'update',
  fields: { name: 'Carlos Andrade', phone: '+593 2 255 0101' },
  before: { name: 'Carlos Andrade' },
  outcome: 'failed',
  message: 'Komet did not answer.',
  completedAt: '2026-11-29T15:04:15.000Z',
  steps: [],
};

describe('/admin/audit', () => {
  it('when filters are applied, then the entries, the URL and the CSV link all follow them', async () => {
    signedInAs('admin');
    const asked: string[] = [];
    server.use(
      http.get('/api/audit', ({ request }) => {
        asked.push(new URL(request.url).search);
        return HttpResponse.json({ entries: [ENTRY], next: null });
      }),
    );
    const { user } = renderApp('/admin/audit');
    expect(await screen.findByRole('heading', { name: 'Audit trail' })).toBeInTheDocument();
    await screen.findByRole('rowheader', { name: /Changed Carlos Andrade/ });

    const filters = screen.getByRole('search', { name: 'Filter the audit trail' });
    await user.type(within(filters).getByLabelText('Username'), 'sofia');
    await user.selectOptions(within(filters).getByLabelText('Outcome'), 'failed');
    await user.click(within(filters).getByRole('button', { name: 'Show entries' }));

    const row = await screen.findByRole('row', { name: /Changed Carlos Andrade/ });
    expect(row).toHaveTextContent('Phone: (empty) → +593 2 255 0101');
    expect(row).toHaveTextContent('Not saved: Komet did not answer.');
    expect(within(row).getByRole('link', { name: /Rosaflor/ })).toHaveAttribute(
      'href',
      '/customers/4242',
    );
    expect(window.location.search).toBe('?user=sofia&outcome=failed');
    expect(asked).toEqual(['?limit=50', '?user=sofia&outcome=failed&limit=50']);
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      '/api/audit/export?user=sofia&outcome=failed',
    );
    expect(document.title).toBe('Audit trail · Komet Contacts');
  });
});
