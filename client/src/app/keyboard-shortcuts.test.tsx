import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../testing/render';

const customerBox = () => screen.getByRole('combobox', { name: /^customer/i });

describe('keyboard shortcuts', () => {
  it('when ? is pressed outside a field, then the list of shortcuts opens, and Close puts focus back where it was', async () => {
    const { user } = renderApp('/customers/4242');
    const link = await screen.findByRole('link', { name: 'Customers' });
    // The shortcuts come with the header's right side, which loads just after the first screen.
    await screen.findByRole('button', { name: 'Keyboard shortcuts' });
    link.focus();

    await user.keyboard('?');

    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Keyboard shortcuts',
    );
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(5);
    for (const key of ['/', 'n', 'Ctrl', 'Enter', 'Esc', '?']) {
      expect(within(dialog).getByText(key, { selector: 'kbd' })).toBeVisible();
    }
    const close = within(dialog).getByRole('button', { name: 'Close' });
    expect(close).toHaveFocus();

    await user.click(close);

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(link).toHaveFocus();
  });

  it('when the header’s Keyboard shortcuts button is pressed, then the list opens, and closing it returns to the button', async () => {
    const { user } = renderApp('/customers');
    const button = await screen.findByRole('button', { name: 'Keyboard shortcuts' });
    expect(button).toHaveAttribute('aria-keyshortcuts', '?');

    await user.click(button);
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Close' }),
    );

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('when ?, n and / are typed in a field, then they are text, not shortcuts', async () => {
    const { user } = renderApp('/customers/4242');
    const filter = await screen.findByLabelText('Filter contacts');

    await user.type(filter, 'n?/');

    expect(filter).toHaveValue('n?/');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(window.location.pathname).toBe('/customers/4242');
  });

  it('when n is pressed on a customer’s page, then the add form for that customer opens; not with Ctrl or Alt held', async () => {
    const { user } = renderApp('/customers/4242');
    await screen.findByRole('heading', { level: 1, name: 'Rosaflor Ecuador S.A.' });

    await user.keyboard('{Control>}n{/Control}{Alt>}n{/Alt}');
    expect(window.location.pathname).toBe('/customers/4242');

    await user.keyboard('n');

    await waitFor(() => expect(window.location.pathname).toBe('/customers/4242/contacts/new'));
    expect(await screen.findByRole('heading', { name: 'Add a contact' })).toBeInTheDocument();
    expect(customerBox()).toHaveValue('Rosaflor Ecuador S.A.');
  });

  it('when / is pressed on the add screen, then the customer box gets the cursor', async () => {
    const { user } = renderApp('/');
    // The screen may open with the cursor in the box: somewhere else first, as after a click.
    await user.click(await screen.findByRole('heading', { name: 'Add a contact' }));
    expect(customerBox()).not.toHaveFocus();

    await user.keyboard('/');

    await waitFor(() => expect(customerBox()).toHaveFocus());
    expect(customerBox()).toHaveValue('');
  });

  it('when / is pressed on another screen, then the add screen opens with the cursor in the customer box', async () => {
    const { user } = renderApp('/customers/4242');
    await screen.findByRole('heading', { level: 1, name: 'Rosaflor Ecuador S.A.' });

    await user.keyboard('/');

    await waitFor(() => expect(window.location.pathname).toBe('/'));
    await waitFor(() => expect(customerBox()).toHaveFocus());
  });
});
