import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { KometUsage } from '@komet-contacts/server/contract';
import { server, signedInAs } from '../testing/msw-server';
import { renderWithProviders } from '../testing/render';
import AdminPage from './admin-page';

const USAGE: KometUsage = {
  day: '2026-11-29',
  limit: 1000,
  total: 930,
  byUser: [
    { username: 'sofia', calls: 130 },
    { username: 'ana', calls: 800 },
  ],
  byMethod: [{ method: 'customer.contact.add', calls: 930 }],
};

describe('/admin/usage', () => {
  it('when most of the budget is spent, then the figure, the meter and who spent it show', async () => {
    signedInAs('admin');
    server.use(http.get('/api/usage', () => HttpResponse.json(USAGE)));
    renderWithProviders(<AdminPage screen="usage" />);

    const meter = await screen.findByRole('meter', { name: /930 of 1,000 Komet calls/ });
    expect(meter).toHaveAttribute('value', '930');
    expect(meter).toHaveAttribute('max', '1000');
    expect(screen.getByText(/Nearly used up/)).toBeInTheDocument();
    const [, first, second] = screen.getAllByRole('row');
    expect(first).toHaveTextContent('ana800');
    expect(second).toHaveTextContent('sofia130');
    expect(screen.getByRole('table', { name: 'By method' })).toHaveTextContent(
      'customer.contact.add930',
    );
  });
});
