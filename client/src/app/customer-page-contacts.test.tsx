import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Contact } from '@komet-contacts/server/contract';
import { buildContactInput } from '@komet-contacts/server/contract/testing';
import { server } from '../testing/msw-server';
import { renderApp, renderWithProviders } from '../testing/render';
import CustomerPage from './customer-page';

const CONTACTS: Contact[] = [
  {
    id: '501',
    ...buildContactInput({
      name: 'Carlos Andrade',
      type: 'Buyer',
      phone: '+593 2 255 0101',
      ext: '14',
      mobile: '+593 99 123 4567',
      fax: '+593 2 255 0102',
      email: 'carlos@rosaflor.example',
      instantMessaging: 'carlos.rosaflor (Teams)',
      description: 'Orders on Mondays',
      emailPOD: true,
    }),
  },
  { id: '502', name: 'Lucía Paredes', type: 'A/P', email: 'cuentas@rosaflor.example' },
  { id: '503', name: 'Ana Gómez', type: 'Buyer', description: 'Cuentas por cobrar' },
];

beforeEach(() => {
  server.use(
    http.get('/api/customers/4242/contacts', () =>
      HttpResponse.json({ contacts: CONTACTS, fetchedAt: '2026-11-29T10:00:00.000Z' }),
    ),
  );
});

const openAt = (url: string) => {
  window.history.pushState(null, '', url);
  return renderWithProviders(<CustomerPage customerId="4242" />);
};
const rowNames = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);

describe('CustomerPage contacts', () => {
  it('when a contact’s Details button is pressed, then the rest of its fields show, and pressing it again hides them', async () => {
    const { user } = openAt('/customers/4242');
    const details = await screen.findByRole('button', { name: 'Details of Carlos Andrade, Buyer' });
    expect(details).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Orders on Mondays')).not.toBeInTheDocument();

    details.focus();
    await user.keyboard('{Enter}');

    expect(details).toHaveAttribute('aria-expanded', 'true');
    expect(details).toHaveAttribute('aria-controls', expect.stringMatching(/.+/));
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual([
      'Fax',
      'Instant messaging',
      'Description',
      'Komet id',
    ]);
    expect(screen.getAllByRole('definition').map((value) => value.textContent)).toEqual([
      '+593 2 255 0102',
      'carlos.rosaflor (Teams)',
      'Orders on Mondays',
      '501',
    ]);
    await user.keyboard(' ');
    expect(details).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Orders on Mondays')).not.toBeInTheDocument();
  });

  it('when a contact has an e-mail and phones, then they are mailto: and tel: links, the extension beside the phone', async () => {
    openAt('/customers/4242');
    const row = await screen.findByRole('row', { name: /^Carlos Andrade/ });
    expect(within(row).getByRole('link', { name: 'carlos@rosaflor.example' })).toHaveAttribute(
      'href',
      'mailto:carlos@rosaflor.example',
    );
    const phone = within(row).getByRole('link', { name: '+593 2 255 0101' });
    expect(phone).toHaveAttribute('href', 'tel:+59322550101');
    const phoneCell = within(row).getByRole('cell', { name: /^\+593 2 255 0101/ });
    expect(phoneCell).toHaveTextContent('+593 2 255 0101 ext. 14');
    expect(phoneCell).toContainElement(phone);
    expect(within(row).getByRole('link', { name: '+593 99 123 4567' })).toHaveAttribute(
      'href',
      'tel:+593991234567',
    );
  });

  it('when opened with ?sort=-name&q=cuentas, then the list is filtered and ordered so, and says how many match', async () => {
    openAt('/customers/4242?sort=-name&q=cuentas');
    expect(await screen.findByText('2 of 3 contacts')).toBeInTheDocument();
    expect(rowNames()).toEqual(['Lucía Paredes', 'Ana Gómez']);
    expect(screen.getByLabelText('Filter contacts')).toHaveValue('cuentas');
    expect(screen.getByRole('columnheader', { name: /^Name/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('when the filter is typed in and a header pressed, then the URL follows: typing replaces the entry, sorting adds one', async () => {
    const { user } = openAt('/customers/4242?saved=501');
    const entries = window.history.length;

    await user.type(await screen.findByLabelText('Filter contacts'), 'buyer');
    expect(window.location.search).toBe('?saved=501&q=buyer');
    expect(window.history.length).toBe(entries);
    expect(screen.getByText('2 of 3 contacts')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Type/ }));
    expect(window.location.search).toBe('?saved=501&q=buyer&sort=type');
    expect(window.history.length).toBe(entries + 1);
    await user.click(screen.getByRole('button', { name: /^Name/ }));
    expect(window.location.search).toBe('?saved=501&q=buyer');
    expect(rowNames()).toEqual(['Ana Gómez', 'Carlos Andrade']);

    await user.clear(screen.getByLabelText('Filter contacts'));
    expect(window.location.search).toBe('?saved=501');
    expect(screen.getByText('3 contacts')).toBeInTheDocument();
  });

  it('when nothing matches the filter, then it says so', async () => {
    openAt('/customers/4242?q=nobody');
    expect(await screen.findByText('No contact matches “nobody”.')).toBeInTheDocument();
    expect(screen.getByText('0 of 3 contacts')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('when opened with ?deleted=Carlos Andrade, then a toast says the contact was deleted', async () => {
    openAt('/customers/4242?deleted=Carlos%20Andrade');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Carlos Andrade was deleted from Komet.',
      ),
    );
  });

  it('when the customer is known, then the browser tab names it, also on coming back to it', async () => {
    document.title = '';
    const { user } = renderApp('/customers/4242');
    const named = 'Rosaflor Ecuador S.A. · Komet Contacts';
    await waitFor(() => expect(document.title).toBe(named));

    await user.click(screen.getByRole('link', { name: 'Customers' }));
    await waitFor(() => expect(document.title).toBe('Find a customer · Komet Contacts'));
    // The customer is cached now: page and router title the tab in one render.
    await user.click(await screen.findByRole('link', { name: 'Rosaflor Ecuador S.A.' }));
    await waitFor(() => expect(document.title).toBe(named));
  });
});

describe('CustomerPage CSV export', () => {
  const created: Blob[] = [];
  const saved: string[] = [];
  beforeEach(() => {
    // The download alone is stubbed: jsdom can neither make blob: URLs nor save files.
    class DownloadableURL extends URL {
      static override createObjectURL(blob: Blob) {
        created.push(blob);
        return 'blob:contacts';
      }
      static override revokeObjectURL() {}
    }
    vi.stubGlobal('URL', DownloadableURL);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    created.length = 0;
    saved.length = 0;
  });

  it('when Download CSV is pressed, then the file holds the contacts shown, in their order, named after the customer', async () => {
    const { user } = openAt('/customers/4242?sort=-name&q=cuentas');
    await screen.findByText('2 of 3 contacts');

    await user.click(screen.getByRole('button', { name: 'Download CSV' }));

    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatch(/^rosaflor-ecuador-contacts-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(created[0]?.type).toBe('text/csv;charset=utf-8');
    // Blob.text() would drop the byte order mark this checks for: decoded keeping it.
    const bytes = await created[0]!.arrayBuffer();
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFName,Type,E-mail,Phone,Ext.,Mobile,Fax,Instant messaging,Description,PODs by e-mail,Komet id',
    );
    expect(lines.slice(1)).toEqual([
      'Lucía Paredes,A/P,cuentas@rosaflor.example,,,,,,,No,502',
      'Ana Gómez,Buyer,,,,,,,Cuentas por cobrar,No,503',
      '',
    ]);
  });
});
