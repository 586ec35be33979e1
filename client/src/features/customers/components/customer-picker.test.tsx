import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { CustomerSummary } from '@komet-contacts/server/contract';
import { ROSAS_BOGOTA, server } from '../../../testing/msw-server';
import { renderWithProviders } from '../../../testing/render';
import { CustomerPicker } from './customer-picker';

function Picker({ recent }: { recent?: CustomerSummary[] }) {
  const [value, setValue] = useState<CustomerSummary | null>(null);
  return (
    <>
      <CustomerPicker id="customer" value={value} onChange={setValue} recent={recent} />
      <output aria-label="picked">{value?.id ?? 'none'}</output>
    </>
  );
}

describe('CustomerPicker', () => {
  it('when a user types, arrows down and presses Enter, then that customer is picked', async () => {
    const { user } = renderWithProviders(<Picker />);
    const combobox = screen.getByRole('combobox', { name: /customer/i });

    await user.type(combobox, 'rosa');
    expect(await screen.findAllByRole('option')).toHaveLength(2);
    expect(combobox).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { name: /Rosas Bogotá/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.keyboard('{Enter}');

    expect(screen.getByRole('status', { name: 'picked' })).toHaveTextContent('1273');
    expect(combobox).toHaveValue('Rosas Bogotá S.A.');
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(combobox).toHaveAccessibleDescription(/Code ROSA272 · Id 1273/);
  });

  it('when Escape is pressed, then the list closes, and a second Escape clears the text', async () => {
    const { user } = renderWithProviders(<Picker />);
    const combobox = screen.getByRole('combobox', { name: /customer/i });
    await user.type(combobox, 'rosa');
    await screen.findAllByRole('option');

    await user.keyboard('{Escape}');
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Escape}');
    expect(combobox).toHaveValue('');
  });

  it('when nothing matches, then it says so', async () => {
    const { user } = renderWithProviders(<Picker />);
    await user.type(screen.getByRole('combobox', { name: /customer/i }), 'zzz');
    expect(await screen.findByText('No customer matches “zzz”.')).toBeInTheDocument();
  });

  it('when inactive customers are included, then the search asks for them and marks them', async () => {
    const requested: string[] = [];
    server.use(
      http.get('/api/customers', ({ request }) => {
        const url = new URL(request.url);
        requested.push(url.search);
        const inactive = {
          id: '4244',
          name: 'Floristería Peña Núñez',
          code: 'PENA',
          active: false,
        };
        const customers = url.searchParams.get('includeInactive') === '1' ? [inactive] : [];
        return HttpResponse.json({ customers, total: customers.length });
      }),
    );
    const { user } = renderWithProviders(<Picker />);

    await user.click(screen.getByRole('checkbox', { name: /include inactive/i }));
    await user.type(screen.getByRole('combobox', { name: /customer/i }), 'pena');

    const option = await screen.findByRole('option', { name: /Peña Núñez/ });
    expect(option).toHaveTextContent('Inactive');
    expect(requested.every((search) => search.includes('includeInactive=1'))).toBe(true);
  });

  it('when a picked customer is edited, then the pick is dropped and searching starts again', async () => {
    const { user } = renderWithProviders(<Picker />);
    const combobox = screen.getByRole('combobox', { name: /customer/i });
    await user.type(combobox, 'rosaf');
    await user.click(await screen.findByRole('option', { name: /Rosaflor/ }));

    await user.type(combobox, '{Backspace}');

    expect(screen.getByRole('status', { name: 'picked' })).toHaveTextContent('none');
    expect(combobox).toHaveValue('Rosaflor Ecuador S.A');
  });

  it('when recently opened customers are offered, then one click picks one', async () => {
    const { user } = renderWithProviders(<Picker recent={[ROSAS_BOGOTA]} />);

    await user.click(screen.getByRole('button', { name: ROSAS_BOGOTA.name }));

    expect(screen.getByRole('status', { name: 'picked' })).toHaveTextContent(ROSAS_BOGOTA.id);
    expect(screen.queryByRole('button', { name: ROSAS_BOGOTA.name })).not.toBeInTheDocument();
  });
});
