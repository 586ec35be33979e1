import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The least any server between the browser and Komet can add: a Node process that forwards each
 * request to TARGET as it came and the answer back, with the kept-alive agent the app's Komet
 * client uses (server/src/komet/http-transport.ts), and nothing else. Section 2 of the bench
 * times it beside the app, on the same machine and in the same rounds:
 *
 *   TARGET=http://127.0.0.1:…/api node --import tsx server/bench/bare-proxy-process.ts
 *
 * Prints `{ "url": … }` once listening; stops on SIGTERM or when its stdin closes.
 */
const target = new URL(process.env.TARGET ?? '');
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

const server = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const body = Buffer.concat(chunks);
    const forwarded = http.request(
      `${target.origin}${request.url ?? '/'}`,
      {
        method: request.method,
        agent,
        headers: { 'content-type': 'application/json', 'content-length': body.length },
      },
      (answer) => {
        const parts: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => parts.push(chunk));
        answer.on('end', () => {
          const text = Buffer.concat(parts);
          response.writeHead(answer.statusCode ?? 502, {
            'content-type': 'application/json',
            'content-length': text.length,
          });
          response.end(text);
        });
      },
    );
    forwarded.on('error', () => response.writeHead(502).end());
    forwarded.end(body);
  });
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(JSON.stringify({ url: `http://127.0.0.1:${port}${target.pathname}` }));
});

const stop = () => server.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.stdin.once('end', stop);
process.stdin.once('close', stop);
process.stdin.resume();
