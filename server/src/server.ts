import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createApp } from './app';
import type { Config } from './config';
import { createHttpKomet } from './komet/http-komet';
import { startKometSimulator, type KometSimulator } from './komet/simulator/simulator';
import { createLogger, type Logger } from './logger';
import { ContactCache } from './storage/contact-cache';
import { CustomerDirectory } from './storage/customer-directory';

export interface RunningServer {
  url: string;
  /** Present when no Komet token is configured: the built-in simulator the server talks to. */
  simulator?: KometSimulator;
  directory: CustomerDirectory;
  close(): Promise<void>;
}

const CLIENT_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url));

/**
 * Wires config to a listening server. Without a token it starts the Komet simulator on loopback
 * with a throwaway token, so the real HTTP client code runs either way.
 */
export async function startServer(
  config: Config,
  options: { logger?: Logger; onKometCall?: (method: string) => void } = {},
): Promise<RunningServer> {
  const token = config.KOMET_API_TOKEN ?? randomBytes(24).toString('base64url');
  const simulator = config.KOMET_API_TOKEN ? undefined : await startKometSimulator({ token });
  const logger =
    options.logger ?? createLogger({ secrets: [token], silent: config.LOG_LEVEL === 'silent' });
  const komet = createHttpKomet({
    baseUrl: simulator?.url ?? config.KOMET_API_URL,
    token,
    timeoutMs: config.KOMET_TIMEOUT_MS,
    onCall: options.onKometCall,
  });
  const directory = new CustomerDirectory({
    komet,
    refreshAfterMs: config.CUSTOMER_REFRESH_SECONDS * 1000,
    onError: (error) => logger.error('customers.refresh_failed', { error: String(error) }),
  });
  // Warm the customer list so the first search is instant; a failure is retried on that search.
  directory.refresh().catch((error: unknown) => {
    logger.error('customers.load_failed', { error: String(error) });
  });

  const app = createApp({
    komet,
    directory,
    contacts: new ContactCache(komet, config.CONTACTS_CACHE_SECONDS * 1000),
    contactTypes: config.CONTACT_TYPES,
    mode: simulator ? 'simulator' : 'live',
    logger,
    clientDir: CLIENT_DIR,
  });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(config.PORT, config.HOST, () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${port}`,
    simulator,
    directory,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await simulator?.close();
    },
  };
}
