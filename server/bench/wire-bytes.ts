import http from 'node:http';
import { salesCookie } from './browser';
import { initialFiles } from './bundle-size';
import { startPair } from './harness';
import { note, reading, section, table } from './print';
import { kb } from './stats';

/** Issue 9; kB = 1000 bytes, as Vite prints. */
const TARGET_BROTLI = 90_000;
const ENCODINGS = ['identity', 'gzip', 'br'] as const;

type Encoding = (typeof ENCODINGS)[number];

interface Answer {
  body: Buffer;
  /** Status line, headers and body: every byte the socket read. */
  wire: number;
  encoding: string;
}

/** One request on its own connection, so the socket's byte count is this response alone. */
function fetchRaw(url: string, encoding: Encoding, cookie: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = { 'accept-encoding': encoding, cookie };
    const request = http.get(url, { agent: false, headers });
    request.on('error', reject);
    request.on('response', (response) => {
      if (response.statusCode !== 200) reject(new Error(`${url} answered ${response.statusCode}`));
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          body: Buffer.concat(chunks),
          wire: response.socket.bytesRead,
          encoding: response.headers['content-encoding'] ?? 'identity',
        }),
      );
    });
  });
}

/** The page at `/` and what it makes the browser fetch before the app runs. */
const firstScreenPaths = (html: string) => [
  '/',
  ...[...initialFiles(html)].map((file) => `/${file}`),
];

/**
 * Bytes over the wire for the first screen per Accept-Encoding, asked of the running server from
 * the last `vite build`, which `npm run bench` runs first. Signed in as sales: `/` is then the
 * add form prerendered (client/build/add-form-shell.ts), a little more than index.html.
 */
export async function benchWireBytes(): Promise<void> {
  section('Bytes over the wire for the first screen (client/dist, served by the app)');
  const pair = await startPair();
  try {
    const origin = pair.server.url;
    const cookie = await salesCookie(origin);
    const index = await fetchRaw(`${origin}/`, 'identity', cookie);
    const paths = firstScreenPaths(index.body.toString('utf8'));
    const answers = new Map<Encoding, Answer[]>();
    for (const encoding of ENCODINGS) {
      answers.set(
        encoding,
        await Promise.all(paths.map((path) => fetchRaw(origin + path, encoding, cookie))),
      );
    }
    const of = (encoding: Encoding) => answers.get(encoding) ?? [];
    // A file without that variant (too small, or not smaller) comes as it is: say so.
    const cell = (answer: Answer | undefined, asked: Encoding) =>
      !answer
        ? '-'
        : `${kb(answer.body.length)}${answer.encoding === asked ? '' : ` (${answer.encoding})`}`;
    table(
      ['file (body bytes)', ...ENCODINGS],
      paths.map((path, row) => [
        path,
        ...ENCODINGS.map((encoding) => cell(of(encoding)[row], encoding)),
      ]),
    );

    const sum = (list: Answer[], bytes: (answer: Answer) => number) =>
      list.reduce((total, answer) => total + bytes(answer), 0);
    note(
      `${paths.length} requests per encoding, one connection each. The target reads the bodies, what compression acts on; "with headers" adds HTTP/1.1 status lines and headers as sent on loopback (HTTP/2 behind a proxy compresses them).`,
    );
    table(
      ['Accept-Encoding', 'bodies', 'with headers', 'target', 'reading'],
      ENCODINGS.map((encoding) => {
        const bodies = sum(of(encoding), (answer) => answer.body.length);
        const met = bodies <= TARGET_BROTLI;
        return [
          encoding,
          kb(bodies),
          kb(sum(of(encoding), (answer) => answer.wire)),
          encoding === 'br' ? `≤ ${kb(TARGET_BROTLI)}` : '-',
          encoding === 'br' ? reading(met) : '-',
        ];
      }),
    );
  } finally {
    await pair.close();
  }
}
