import { loadConfig } from './config';
import { startServer } from './server';

let config;
try {
  config = loadConfig();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const server = await startServer(config);
const mode = server.simulator
  ? 'the built-in Komet simulator (no KOMET_API_TOKEN set)'
  : `Komet at ${config.KOMET_API_URL}`;
console.log(`komet-contacts listening on ${server.url}, talking to ${mode}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
