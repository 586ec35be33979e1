import os from 'node:os';
import { benchBundleSize } from './bundle-size';
import { benchFirstScreen } from './first-screen';
import { benchFirstScreenVsReact } from './first-screen-vs-react';
import { benchImports } from './import-throughput';
import { benchIndexRefresh } from './index-refresh';
import { benchKometCalls } from './komet-calls';
import { benchSearch } from './search-latency';
import { benchServerOverhead } from './server-overhead';
import { benchSessionCheck } from './session-check';
import { benchThroughput } from './throughput';
import { benchWireBytes } from './wire-bytes';

const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

/**
 * `npm run bench`: builds the client, then prints figures against their targets. It asserts
 * nothing; it exits non-zero only when something crashes.
 */
async function main(): Promise<void> {
  const started = performance.now();
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log('# komet-contacts benchmark');
  console.log(
    `${new Date().toISOString()} · Node ${process.version} · ${os.availableParallelism()} cores (${cpu})`,
  );
  console.log(`Load average at the start: ${load()}`);
  await benchBundleSize();
  await benchWireBytes();
  await benchServerOverhead();
  await benchKometCalls();
  await benchSearch();
  await benchIndexRefresh();
  await benchSessionCheck();
  await benchThroughput();
  await benchImports();
  await benchFirstScreen();
  await benchFirstScreenVsReact();
  console.log(`\nLoad average at the end: ${load()} (other work on the machine skews timings).`);
  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

await main();
