import http from 'node:http';
import https from 'node:https';

export interface TransportResponse {
  status: number;
  /** The body as it arrived: a 14 MB customer list joined into one string would block 50-100 ms. */
  pieces: string[];
}

// Connections to Komet are kept open between calls: no TCP and TLS handshake per saved contact.
// A call that finds every socket busy waits inside the agent with its timeout already running,
// and would be reported as "may have been saved" though it never left. So there are sockets
// enough for 32 customers whose calls all hang at once (two each, per-customer-limit.ts).
const MAX_SOCKETS = 64;
const AGENTS = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS }),
};

/**
 * One HTTP exchange with Komet, read to the end. Node's own client rather than `fetch`: on
 * Node 20 it costs a quarter of fetch's time per call (see BENCHMARKS.md), and this is the app's
 * hot path. Rejects with the request's error; the caller checks `signal.aborted` for a timeout.
 */
export function send(
  url: URL,
  init: {
    method: 'GET' | 'POST';
    headers: Record<string, string>;
    body?: string;
    signal: AbortSignal;
  },
): Promise<TransportResponse> {
  const client = url.protocol === 'https:' ? https : http;
  const agent = url.protocol === 'https:' ? AGENTS['https:'] : AGENTS['http:'];
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      { method: init.method, headers: init.headers, agent, signal: init.signal },
      (response) => {
        const pieces: string[] = [];
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => pieces.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, pieces }));
        response.on('error', reject);
        response.on('aborted', () => reject(new Error('Komet closed the connection mid-answer')));
      },
    );
    request.on('error', reject);
    request.end(init.body);
  });
}
