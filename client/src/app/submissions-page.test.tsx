import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../testing/msw-server';
import { renderApp } from '../testing/render';
import { buildSubmission, serveSubmissions } from '../testing/submissions';

const QUEUED = buildSubmission({ id: '12', contact: { name: 'Valentina Ríos', type: 'Buyer' } });
const REFUSED = buildSubmission({
  id: '13',
  state: 'refused',
  contact: { name: 'Diego Paz', type: 'Logistics', email: 'diego@rosaflor.example' },
  attempts: 2,
  nextAttemptAt: null,
  message: 'Contact type Logistics does not exist',
});
const SENT = buildSubmission({ id: '9', state: 'sent', contactId: '4535499' });

describe('/submissions', () => {
  it('when items wait, then each shows its contact, customer, state in words, tries and Komet’s reason', async () => {
    serveSubmissions([QUEUED, REFUSED, SENT]);
    renderApp('/submissions');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Not yet in Komet' }),
    ).toBeVisible();
    const queued = await screen.findByRole('row', { name: /^Valentina Ríos/ });
    expect(queued).toHaveTextContent('Rosaflor Ecuador S.A.');
    expect(queued).toHaveTextContent('Saved here, waiting for Komet');
    expect(queued).toHaveTextContent('Nothing: it is sent on its own');
    const refused = screen.getByRole('row', { name: /^Diego Paz/ });
    expect(refused).toHaveTextContent('Komet refused it: needs your fix');
    expect(refused).toHaveTextContent('Komet said: Contact type Logistics does not exist');
    expect(within(refused).getByRole('link', { name: /fix diego paz/i })).toHaveAttribute(
      'href',
      '/submissions/13',
    );
    const sent = screen.getByRole('region', { name: 'Recently sent to Komet' });
    expect(sent).toHaveTextContent('Komet contact id 4535499');
    expect(document.title).toBe('Not yet in Komet · Komet Contacts');
  });

  it('when nothing waits, then it says there is nothing to do', async () => {
    renderApp('/submissions');
    expect(await screen.findByText(/nothing to do/i)).toBeVisible();
  });

  it('when a refused item is fixed and sent again, then the fixed contact is resent and the list says so', async () => {
    serveSubmissions([REFUSED]);
    const bodies: unknown[] = [];
    server.use(
      http.post('/api/submissions/:id/resend', async ({ request, params }) => {
        bodies.push({ id: params.id, body: await request.json() });
        return HttpResponse.json({ status: 'queued' }, { status: 202 });
      }),
    );
    const { user } = renderApp('/submissions');
    await user.click(await screen.findByRole('link', { name: /fix diego paz/i }));

    expect(await screen.findByRole('heading', { name: /fix diego paz/i })).toBeVisible();
    expect(screen.getByText(/Contact type Logistics does not exist/)).toBeVisible();
    expect(screen.getByLabelText(/^e-mail$/i)).toHaveValue('diego@rosaflor.example');
    await screen.findByRole('option', { name: 'Buyer' });
    await user.selectOptions(screen.getByLabelText(/^type/i), 'Buyer');
    await user.click(screen.getByRole('button', { name: 'Send again' }));

    expect(await screen.findByText(/sent again/i)).toBeVisible();
    expect(bodies).toEqual([
      {
        id: '13',
        body: {
          contact: {
            name: 'Diego Paz',
            type: 'Buyer',
            email: 'diego@rosaflor.example',
            emailPOD: false,
          },
        },
      },
    ]);
  });

  it('when Discard is pressed, then it asks first and deletes only after “Yes”', async () => {
    serveSubmissions([REFUSED]);
    const deleted: unknown[] = [];
    server.use(
      http.delete('/api/submissions/:id', ({ params }) => {
        deleted.push(params.id);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderApp('/submissions/13');

    await user.click(await screen.findByRole('button', { name: 'Discard' }));
    expect(screen.getByText(/Discard Diego Paz\? It will not be sent to Komet/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(deleted).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Discard' }));
    await user.click(screen.getByRole('button', { name: 'Yes, discard it' }));
    expect(await screen.findByText(/discarded: the contact will not be sent/i)).toBeVisible();
    expect(deleted).toEqual(['13']);
  });

  it('when the item is being sent meanwhile, then Discard says so in words, with no code', async () => {
    serveSubmissions([QUEUED]);
    server.use(
      http.delete('/api/submissions/:id', () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Conflict',
            status: 409,
            detail: 'being sent',
            code: 'being-sent',
          },
          { status: 409, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = renderApp('/submissions/12');
    await user.click(await screen.findByRole('button', { name: 'Discard' }));
    await user.click(screen.getByRole('button', { name: 'Yes, discard it' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/being sent to Komet right now/);
    expect(alert).not.toHaveTextContent(/409/);
  });
});
