import { screen, waitFor } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { CustomerSummary } from '@komet-contacts/server/contract';
import { ROSAFLOR, ROSAS_BOGOTA, server } from '../../../testing/msw-server';
import { renderWithProviders } from '../../../testing/render';
import { CustomerPicker } from './customer-picker';

const PENA: CustomerSummary = {
  id: '4244',
  name: 'Floristería Peña Núñez',
  code: 'PENA',
  active: false,
};

function Picker({
  recent,
  onBlur,
  onSubmit = () => undefined,
}: {
  recent?: CustomerSummary[];
  onBlur?: () => void;
  onSubmit?: () => void;
}) {
  const [value, setValue] = useState<CustomerSummary | null>(null);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <CustomerPicker
        id="customer"
        value={value}
        onChange={setValue}
        onBlur={onBlur}
        recent={recent}
      />
      <input aria-label="Next field" />
      <output aria-label="picked">{value?.id ?? 'none'}</output>
    </form>
  );
}

const combobox = () => screen.getByRole('combobox', { name: /customer/i });

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

  it('when Enter is pressed before the results came, then it waits for them, picks the top match and submits nothing', async () => {
    server.use(
      http.get('/api/customers', async () => {
        await delay(300);
        return HttpResponse.json({ customers: [ROSAFLOR, ROSAS_BOGOTA], total: 2 });
      }),
    );
    const onSubmit = vi.fn();
    const { user } = renderWithProviders(<Picker onSubmit={onSubmit} />);

    await user.type(combobox(), 'rosa{Enter}');
    expect(screen.getByRole('status', { name: 'picked' })).toHaveTextContent('none');

    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'picked' })).toHaveTextContent(ROSAFLOR.id),
    );
    expect(combobox()).toHaveValue(ROSAFLOR.name);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('when Enter is pressed with a customer chosen or nothing typed, then the form is not submitted', async () => {
    const onSubmit = vi.fn();
    const { user } = renderWithProviders(<Picker onSubmit={onSubmit} recent={[ROSAS_BOGOTA]} />);
    await user.type(combobox(), '{Enter}');
    await user.click(screen.getByRole('button', { name: ROSAS_BOGOTA.name }));
    await user.type(combobox(), '{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('when Tab is pressed with the first match highlighted by itself, then it is picked and focus moves on', async () => {
    const { user } = renderWithProviders(<Picker />);
    await user.type(combobox(), 'rosa');
    expect(await screen.findByRole('option', { name: /Rosaflor/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );

    await user.tab();

    expect(screen.getByRole('status', { name: 'picked' })).toHaveTextContent(ROSAFLOR.id);
    expect(screen.getByRole('textbox', { name: 'Next field' })).toHaveFocus();
  });

  it('when Tab is pressed after arrowing to a match, then that one is picked', async () => {
    const { user } = renderWithProviders(<Picker />);
    await user.type(combobox(), 'rosa');
    await screen.findAllByRole('option');
    await user.keyboard('{ArrowDown}');

    await user.tab();

    expect(screen.getByRole('status', { name: 'picked' })).toHaveTextContent(ROSAS_BOGOTA.id);
    expect(combobox()).toHaveValue(ROSAS_BOGOTA.name);
  });

  it('when Tab is pressed in a plain search (not a form field), then it leaves without picking', async () => {
    const onChange = vi.fn();
    const { user } = renderWithProviders(
      <CustomerPicker id="customer-search" required={false} value={null} onChange={onChange} />,
    );
    await user.type(combobox(), 'rosa');
    await screen.findAllByRole('option');

    await user.tab();

    expect(onChange).not.toHaveBeenCalled();
  });

  it('when the box is tabbed through, or left for a Recent pick, then it is not an error; left empty after typing, it is', async () => {
    const onBlur = vi.fn();
    const { user } = renderWithProviders(<Picker onBlur={onBlur} recent={[ROSAS_BOGOTA]} />);

    await user.click(combobox());
    await user.tab();
    expect(screen.getByRole('button', { name: ROSAS_BOGOTA.name })).toHaveFocus();
    await user.click(combobox());
    await user.type(combobox(), 'x{Backspace}');
    await user.tab();
    expect(onBlur).not.toHaveBeenCalled();

    await user.click(combobox());
    await user.type(combobox(), 'x{Backspace}');
    await user.click(screen.getByRole('textbox', { name: 'Next field' }));
    expect(onBlur).toHaveBeenCalledTimes(1);
  });

  it('when only inactive customers match, then it says how many, shows them in one click, and marks the one chosen', async () => {
    const requested: string[] = [];
    server.use(
      http.get('/api/customers', ({ request }) => {
        const url = new URL(request.url);
        requested.push(url.search);
        return HttpResponse.json(
          url.searchParams.get('includeInactive') === '1'
            ? { customers: [PENA], total: 1 }
            : { customers: [], total: 0, inactive: 1 },
        );
      }),
    );
    const { user } = renderWithProviders(<Picker />);

    await user.type(combobox(), 'pena');
    expect(await screen.findByText('No active customer matches “pena”.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 1 inactive customer' }));

    const option = await screen.findByRole('option', { name: /Peña Núñez/ });
    expect(option).toHaveTextContent('Inactive');
    expect(requested.at(-1)).toContain('includeInactive=1');
    expect(combobox()).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(screen.getByRole('status', { name: 'picked' })).toHaveTextContent(PENA.id);
    expect(combobox()).toHaveAccessibleDescription('Inactive Code PENA · Id 4244');
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
