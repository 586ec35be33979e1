import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { App } from '../app/app';
import { createQueryClient, Providers } from '../app/providers';

/** Renders with a fresh query cache, retries off, and a user that types like a person. */
export function renderWithProviders(ui: ReactElement) {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false } });
  const user = userEvent.setup();
  return { user, client, ...render(<Providers client={client}>{ui}</Providers>) };
}

/** The whole app at `url`, as a browser would open it: session gate, header and routes. */
export function renderApp(url: string) {
  window.history.pushState(null, '', url);
  const user = userEvent.setup();
  return { user, ...render(<App />) };
}
