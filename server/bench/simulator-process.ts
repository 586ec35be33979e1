import { startKometSimulator } from '../src/komet/simulator/simulator';

/**
 * The built-in Komet simulator in a process of its own, so that what the bench measures through
 * the app does not share an event loop with "Komet":
 *
 *   SIMULATOR_TOKEN=… node --import tsx server/bench/simulator-process.ts
 *
 * It listens on 127.0.0.1, port 0, and prints one JSON line on stdout once it does:
 * `{ "url": "http://127.0.0.1:…/api", "customerIds": [ …active customers… ] }`. It stops on
 * SIGTERM or SIGINT, and when its stdin closes, so it never outlives the bench that started it.
 */
const token = process.env.SIMULATOR_TOKEN;
if (!token) {
  console.error('SIMULATOR_TOKEN must name the token the simulator accepts.');
  process.exit(2);
}

const simulator = await startKometSimulator({ token });
const customerIds = [...simulator.store.customers.values()]
  .filter((customer) => customer.active)
  .map((customer) => customer.id);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void simulator.close().then(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
process.stdin.once('end', stop);
process.stdin.once('close', stop);
process.stdin.resume();

console.log(JSON.stringify({ url: simulator.url, customerIds }));
