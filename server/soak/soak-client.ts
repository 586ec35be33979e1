import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { ContactInput, QueuedResponse, Submission } from '../src/contract';

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

/** How one submission ended, as the person at the browser saw it. */
export interface SubmissionResult {
  customerId: string;
  name: string;
  /** `performance.now()` at the first press of Save. */
  startedAt: number;
  /** First press of Save to the answer that settled it (201, 202 or a refusal). */
  answerMs: number;
  /** First press of Save to Komet having it (or refusing it): later than `answerMs` if queued. */
  settledMs?: number;
  outcome: 'saved' | 'refused' | 'unsettled' | 'failed';
  contactId?: string;
  submissionId?: string;
  message?: string;
  /** Requests sent for it, retries included. */
  tries: number;
}

const REQUEST_TIMEOUT_MS = 10_000;
/** A person who saw an error does not press Save again for this long, at most. */
const MAX_BACKOFF_MS = 3_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One member of staff at a browser: their own loopback address (so per-address limits count
 * them apart), their own session, and the browser's habits: one key per form, the same key on
 * every retry after an error, Retry-After honoured. `endpoints` are the app processes behind a
 * load balancer; each request goes to the next one, and a refused connection to another.
 */
export class SoakClient {
  private cookie = '';
  private next = 0;
  private readonly agent: http.Agent;

  constructor(
    private readonly options: {
      address: string;
      username: string;
      password: string;
      endpoints: string[];
    },
  ) {
    this.agent = new http.Agent({ keepAlive: true, localAddress: options.address });
  }

  close(): void {
    this.agent.destroy();
  }

  async signIn(): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const reply = await this.request('POST', '/api/session', {
        username: this.options.username,
        password: this.options.password,
      }).catch(() => undefined);
      const cookie = reply?.headers['set-cookie']?.[0]?.split(';')[0];
      if (reply?.status === 200 && cookie) {
        this.cookie = cookie;
        return;
      }
      if (attempt > 60) throw new Error(`${this.options.username} could not sign in`);
      await sleep(500);
    }
  }

  /** Saves one contact the way the add form does, until an answer settles it. */
  async submit(customerId: string, contact: ContactInput): Promise<SubmissionResult> {
    const key = randomBytes(16).toString('hex');
    const started = performance.now();
    const result = (fields: Partial<SubmissionResult>): SubmissionResult => ({
      customerId,
      name: contact.name,
      startedAt: started,
      answerMs: performance.now() - started,
      outcome: 'failed',
      tries,
      ...fields,
    });
    let tries = 0;
    for (let failures = 0; ;) {
      tries++;
      const reply = await this.request('POST', `/api/customers/${customerId}/contacts`, contact, {
        'idempotency-key': key,
      }).catch(() => undefined);
      const body = (reply?.body ?? {}) as Record<string, unknown>;
      if (reply?.status === 201) {
        const answerMs = performance.now() - started;
        return result({ outcome: 'saved', contactId: String(body.contactId), settledMs: answerMs });
      }
      if (reply?.status === 202) {
        return result({
          outcome: 'unsettled',
          submissionId: (reply.body as QueuedResponse).submissionId,
        });
      }
      if (reply?.status === 422 && body.code !== 'idempotency-key-reused') {
        return result({ outcome: 'refused', message: String(body.detail) });
      }
      if (reply?.status === 401) await this.signIn();
      else if (reply && [400, 403, 404, 422].includes(reply.status)) {
        // A wrong request: retrying cannot help, and the soak has found a bug.
        return result({ message: `HTTP ${reply.status}: ${JSON.stringify(body)}` });
      }
      const retryAfter = Number(reply?.headers['retry-after']);
      const backoff = Math.min(MAX_BACKOFF_MS, 200 * 2 ** failures++);
      await sleep(retryAfter > 0 ? retryAfter * 1000 : backoff * (0.5 + Math.random() / 2));
    }
  }

  /** Watches a queued submission, as the "Not yet in Komet" screen does, until it settles. */
  async follow(result: SubmissionResult, deadline: number): Promise<void> {
    while (performance.now() < deadline) {
      const reply = await this.request('GET', `/api/submissions/${result.submissionId}`).catch(
        () => undefined,
      );
      const submission = reply?.status === 200 ? (reply.body as Submission) : undefined;
      if (submission?.state === 'sent' || submission?.state === 'refused') {
        result.outcome = submission.state === 'sent' ? 'saved' : 'refused';
        result.contactId = submission.contactId ?? undefined;
        result.message = submission.message ?? undefined;
        result.settledMs = performance.now() - result.startedAt;
        return;
      }
      if (reply?.status === 401) await this.signIn().catch(() => undefined);
      await sleep(250);
    }
  }

  private request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply> {
    const endpoints = this.options.endpoints;
    const base = new URL(endpoints[this.next++ % endpoints.length]!);
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise<Reply>((resolve, reject) => {
      const req = http.request(
        {
          agent: this.agent,
          host: base.hostname,
          port: base.port,
          method,
          path,
          timeout: REQUEST_TIMEOUT_MS,
          headers: {
            accept: 'application/json',
            // What a browser sends with a write from the app's own page.
            origin: base.origin,
            ...(this.cookie ? { cookie: this.cookie } : {}),
            ...(payload ? { 'content-type': 'application/json' } : {}),
            ...headers,
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('error', reject);
          res.on('end', () => {
            let parsed: unknown = text;
            try {
              parsed = JSON.parse(text);
            } catch {
              // Not JSON (a proxy's page, say): kept as text.
            }
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed });
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error('timed out')));
      req.on('error', reject);
      req.end(payload);
    });
  }
}
