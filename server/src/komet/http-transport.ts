import http from 'node:http';
import https from 'node:https';

export interface TransportResponse {
  status: number;
  text: string;
}

// Connections to Komet are kept open between calls: no TCP and TLS handshake per saved contact.
const AGENTS = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 16 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 16 }),
};

/**
 * One HTTP exchange with Komet, read to the end. Node's own client rather than `fetch`: on
 * Node 20 it costs a quarter of fetch's time per call (see BENCHMARKS.md), and this is the app's
 * hot path. Rejects with the request's error, or `signal.reason` once the signal aborts.
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
    const fail = (error: unknown) => reject(init.signal.aborted ? init.signal.reason : error);
    const request = client.request(
      url,
      { method: init.method, headers: init.headers, agent, signal: init.signal },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        response.on('error', fail);
        response.on('aborted', () => fail(new Error('Komet closed the connection mid-answer')));
      },
    );
    request.on('error', fail);
    request.end(init.body);
  });
}
