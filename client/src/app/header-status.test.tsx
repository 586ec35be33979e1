import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  server,
  signedInAs,
  signedOut,
  signedOutProblem,
  SUPPORT_USER,
} from '../testing/msw-server';
import { renderApp } from '../testing/render';

describe('the header', () => {
  it('when support is signed in, then it shows who, their role, and no admin links', async () => {
    renderApp('/');
    const banner = screen.getByRole('banner');
    expect(await within(banner).findByText(SUPPORT_USER.name)).toBeInTheDocument();
    expect(within(banner).getByText('· Support')).toBeInTheDocument();
    expect(within(banner).queryByRole('navigation', { name: 'Admin' })).not.toBeInTheDocument();
  });

  it('when an admin is signed in, then the admin screens are linked', async () => {
    signedInAs('admin');
    renderApp('/');
    const admin = await screen.findByRole('navigation', { name: 'Admin' });
    expect(within(admin).getByRole('link', { name: 'Users' })).toHaveAttribute(
      'href',
      '/admin/users',
    );
    expect(within(admin).getByRole('link', { name: 'Audit trail' })).toBeInTheDocument();
    expect(within(admin).getByRole('link', { name: 'Komet usage' })).toBeInTheDocument();
  });

  it('when “Sign out” is pressed, then the session ends and sign-in shows at the same address', async () => {
    let deletes = 0;
    server.use(
      http.delete('/api/session', () => {
        deletes++;
        server.use(http.get('/api/session', () => signedOutProblem()));
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderApp('/customers');
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(
      await screen.findByRole('heading', { name: 'Sign in to Komet Contacts' }),
    ).toBeInTheDocument();
    expect(deletes).toBe(1);
    expect(screen.queryByText(SUPPORT_USER.name)).not.toBeInTheDocument();
    expect(window.location.pathname).toBe('/customers');
  });

  it('when signing in after health answered signed out, then the simulator badge appears', async () => {
    signedOut();
    let signedIn = false;
    server.use(
      http.get('/api/health', () =>
        HttpResponse.json(
          signedIn
            ? { status: 'ok', komet: 'simulator', customers: { count: 2, refreshedAt: null } }
            : { status: 'ok' },
        ),
      ),
      http.post('/api/session', () => {
        signedIn = true;
        server.use(http.get('/api/session', () => HttpResponse.json({ user: SUPPORT_USER })));
        return HttpResponse.json({ user: SUPPORT_USER });
      }),
    );
    const { user } = renderApp('/');
    await user.type(await screen.findByLabelText(/^username/i), 'sofia');
    expect(screen.queryByText(/Simulator/)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(/^password/i), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Simulator · not connected to Komet')).toBeInTheDocument();
  });

  it('when Komet is not answering, then a banner says so, when it last answered, and that work is kept', async () => {
    server.use(
      http.get('/api/health', () =>
        HttpResponse.json({
          status: 'ok',
          komet: 'live',
          kometState: 'down',
          kometReachedAt: '2026-11-30T10:42:00.000Z',
        }),
      ),
    );
    renderApp('/');
    expect(await screen.findByText('Komet is not answering right now.')).toBeInTheDocument();
    expect(
      screen.getByText(/^It last answered at .+\. You can go on working: .* kept here and sent/),
    ).toHaveRole('status');
  });

  it('when Komet answers, then there is no banner', async () => {
    server.use(
      http.get('/api/health', () =>
        HttpResponse.json({
          status: 'ok',
          komet: 'simulator',
          kometState: 'ok',
          kometReachedAt: null,
        }),
      ),
    );
    renderApp('/');
    // The badge comes from the same health answer: once it shows, the banner would have too.
    expect(await screen.findByText('Simulator · not connected to Komet')).toBeInTheDocument();
    expect(screen.queryByText('Komet is not answering right now.')).not.toBeInTheDocument();
  });
});
