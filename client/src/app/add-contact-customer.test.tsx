import { screen, waitFor } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { CustomerSummary } from '@komet-contacts/server/contract';
import { problem, ROSAFLOR, ROSAS_BOGOTA, server } from '../testing/msw-server';
import { renderWithProviders } from '../testing/render';
import { rememberCustomer } from '../features/customers/recent-customers';
import { AddContactPage } from './add-contact-page';

const PENA: CustomerSummary = {
  id: '4244',
  name: 'Floristería Peña Núñez',
  code: 'PENA',
  active: false,
};

const customerBox = () => screen.getByRole('combobox', { name: /customer/i });
const nameField = () => screen.getByLabelText(/^name/i);

function recordAdds(...answers: (() => Response)[]) {
  const adds: { customerId: string; body: unknown }[] = [];
  server.use(
    http.post('/api/customers/:customerId/contacts', async ({ request, params }) => {
      adds.push({ customerId: String(params.customerId), body: await request.json() });
      const answer = answers[adds.length - 1];
      return answer
        ? answer()
        : HttpResponse.json({ contactId: '4535434', message: 'Saved' }, { status: 201 });
    }),
  );
  return adds;
}

describe('the add screen’s customer box, by keyboard', () => {
  it('when the add screen opens, then focus is in the customer box', async () => {
    renderWithProviders(<AddContactPage />);
    await waitFor(() => expect(customerBox()).toHaveFocus());
  });

  it('when a customer’s own add form opens, then focus is in Name', async () => {
    renderWithProviders(<AddContactPage customerId={ROSAFLOR.id} />);
    await waitFor(() => expect(nameField()).toHaveFocus());
    expect(customerBox()).toHaveValue(ROSAFLOR.name);
  });

  it('when Enter is pressed before the results came, then nothing is sent or marked wrong, and the top match is picked', async () => {
    const adds = recordAdds();
    server.use(
      http.get('/api/customers', async () => {
        await delay(300);
        return HttpResponse.json({ customers: [ROSAFLOR, ROSAS_BOGOTA], total: 2 });
      }),
    );
    const { user } = renderWithProviders(<AddContactPage />);
    await waitFor(() => expect(customerBox()).toHaveFocus());

    await user.keyboard('rosa{Enter}');

    await waitFor(() => expect(customerBox()).toHaveValue(ROSAFLOR.name));
    expect(customerBox()).toHaveAccessibleDescription(/Code ROSAFLOR · Id 4242/);
    expect(nameField()).not.toHaveAttribute('aria-invalid', 'true');
    expect(adds).toEqual([]);
  });

  it('when Tab is pressed on the highlighted match, then it is picked and Name is next', async () => {
    const { user } = renderWithProviders(<AddContactPage />);
    await waitFor(() => expect(customerBox()).toHaveFocus());
    await user.keyboard('rosaf');
    await screen.findByRole('option', { name: /Rosaflor/ });

    await user.tab();

    expect(customerBox()).toHaveValue(ROSAFLOR.name);
    expect(nameField()).toHaveFocus();
  });

  it('when the user tabs onto a Recent chip, then no error shows; when they leave the box empty after typing, it does', async () => {
    rememberCustomer(ROSAS_BOGOTA);
    const { user } = renderWithProviders(<AddContactPage />);
    await waitFor(() => expect(customerBox()).toHaveFocus());

    await user.tab();
    expect(screen.getByRole('button', { name: ROSAS_BOGOTA.name })).toHaveFocus();
    expect(customerBox()).toHaveAttribute('aria-invalid', 'false');

    await user.click(customerBox());
    await user.keyboard('ro{Backspace}{Backspace}');
    await user.click(nameField());
    await waitFor(() => expect(customerBox()).toHaveAccessibleDescription('Choose a customer'));
  });
});

describe('an inactive customer on the add screen', () => {
  it('when only an inactive customer matches, then it is offered, marked, and saving to it asks once', async () => {
    server.use(
      http.get('/api/customers', ({ request }) =>
        HttpResponse.json(
          new URL(request.url).searchParams.get('includeInactive') === '1'
            ? { customers: [PENA], total: 1 }
            : { customers: [], total: 0, inactive: 1 },
        ),
      ),
    );
    // Komet refuses the first try: the second save must not ask again.
    const adds = recordAdds(() =>
      problem({
        status: 422,
        title: 'Komet refused the request',
        detail: "Contact type 'Buyer' is not registered in this company.",
        fieldErrors: { type: ["Contact type 'Buyer' is not registered in this company."] },
      }),
    );
    const { user } = renderWithProviders(<AddContactPage />);
    await waitFor(() => expect(customerBox()).toHaveFocus());

    await user.keyboard('pena');
    await user.click(await screen.findByRole('button', { name: 'Show 1 inactive customer' }));
    expect(await screen.findByRole('option', { name: /Peña Núñez/ })).toHaveTextContent('Inactive');
    await user.keyboard('{Tab}');
    expect(customerBox()).toHaveValue(PENA.name);
    expect(customerBox()).toHaveAccessibleDescription(/^Inactive/);

    await user.keyboard('Valentina Ríos');
    await user.selectOptions(screen.getByLabelText(/^type/i), 'Buyer');
    await user.keyboard('{Control>}{Enter}{/Control}');

    const addAnyway = await screen.findByRole('button', { name: 'Add to the inactive customer' });
    expect(addAnyway).toHaveFocus();
    expect(addAnyway).toHaveAccessibleDescription(
      'This customer is inactive in Komet. Add the contact anyway?',
    );
    expect(adds).toEqual([]);

    await user.keyboard('{Enter}');
    await waitFor(() => expect(adds).toHaveLength(1));
    expect(adds[0]?.customerId).toBe(PENA.id);
    expect(screen.queryByRole('button', { name: 'Add to the inactive customer' })).toBeNull();

    await user.selectOptions(screen.getByLabelText(/^type/i), 'A/P');
    await user.click(screen.getByRole('button', { name: /save contact/i }));
    await screen.findByRole('heading', { name: 'Contact saved in Komet' });
    expect(adds).toHaveLength(2);
  });

  it('when the customer is active, then nothing is asked', async () => {
    const adds = recordAdds();
    const { user } = renderWithProviders(<AddContactPage customerId={ROSAFLOR.id} />);
    await user.type(await screen.findByLabelText(/^name/i), 'Valentina Ríos');
    await user.selectOptions(screen.getByLabelText(/^type/i), 'Buyer');
    await user.click(screen.getByRole('button', { name: /save contact/i }));

    await screen.findByRole('heading', { name: 'Contact saved in Komet' });
    expect(adds).toHaveLength(1);
  });
});
