import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  acceptSignIn,
  DEMO_USERS,
  problem,
  server,
  signedOut,
  SUPPORT_USER,
} from '../testing/msw-server';
import { renderApp } from '../testing/render';

describe('signing in', () => {
  it('when nobody is signed in, then sign-in takes the screen’s place, and signing in shows the screen asked for', async () => {
    signedOut();
    const bodies = acceptSignIn();
    const { user } = renderApp('/customers/4242?saved=501');

    expect(
      await screen.findByRole('heading', { name: 'Sign in to Komet Contacts' }),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^username/i), 'sofia');
    await user.type(screen.getByLabelText(/^password/i), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(
      await screen.findByRole('heading', { name: 'Rosaflor Ecuador S.A.' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Changes to Carlos Andrade were saved in Komet.')).toBeVisible();
    expect(window.location.pathname + window.location.search).toBe('/customers/4242?saved=501');
    expect(bodies).toEqual([{ username: 'sofia', password: 'correct horse battery' }]);
    expect(await screen.findByText(SUPPORT_USER.name)).toBeInTheDocument();
  });

  it('when a demo user is chosen, then that user is signed in without a password', async () => {
    signedOut(DEMO_USERS);
    const bodies = acceptSignIn(DEMO_USERS[0]);
    const { user } = renderApp('/');

    await user.click(await screen.findByRole('button', { name: 'Sign in as Sales demo' }));

    expect(await screen.findByRole('heading', { name: 'Add a contact' })).toBeInTheDocument();
    expect(bodies).toEqual([{ username: 'sales', demo: true }]);
    expect(await screen.findByText('Sales demo')).toBeInTheDocument();
  });

  it('when the password is wrong, then it says so in plain words and what was typed stays', async () => {
    signedOut();
    server.use(
      http.post('/api/session', () =>
        problem({
          status: 401,
          title: 'Wrong username or password',
          detail: 'Wrong username or password.',
          code: 'bad-credentials',
        }),
      ),
    );
    const { user } = renderApp('/');
    await user.type(await screen.findByLabelText(/^username/i), 'sofia');
    await user.type(screen.getByLabelText(/^password/i), 'not it at all');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      "That username and password don't match. Check them and try again.",
    );
    expect(screen.getByLabelText(/^username/i)).toHaveValue('sofia');
    expect(screen.getByLabelText(/^password/i)).toHaveValue('not it at all');
  });

  it('when sign-in is locked after failures, then the server’s words say when to try again', async () => {
    signedOut();
    server.use(
      http.post('/api/session', () =>
        problem({
          status: 429,
          title: 'Too many failed sign-ins',
          detail: 'Too many failed sign-ins for this username. Try again after 10:45.',
          code: 'locked',
        }),
      ),
    );
    const { user } = renderApp('/');
    await user.type(await screen.findByLabelText(/^username/i), 'sofia');
    await user.type(screen.getByLabelText(/^password/i), 'guess number six');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Try again after 10:45.');
  });

  it('when a field is left empty, then it says which and nothing is sent', async () => {
    signedOut();
    const bodies = acceptSignIn();
    const { user } = renderApp('/');

    await user.click(await screen.findByRole('button', { name: 'Sign in' }));

    await waitFor(() =>
      expect(screen.getByLabelText(/^username/i)).toHaveAccessibleDescription(
        'Enter your username',
      ),
    );
    expect(screen.getByLabelText(/^password/i)).toHaveAccessibleDescription('Enter your password');
    expect(bodies).toEqual([]);
  });

  it('when the server cannot be reached, then it says to check the connection', async () => {
    signedOut();
    server.use(http.post('/api/session', () => HttpResponse.error()));
    const { user } = renderApp('/');
    await user.type(await screen.findByLabelText(/^username/i), 'sofia');
    await user.type(screen.getByLabelText(/^password/i), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(/check your connection/i);
  });
});
