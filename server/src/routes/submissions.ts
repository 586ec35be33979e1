import * as z from 'zod/mini';
import {
  changedFields,
  contactInputSchema,
  hasRole,
  SUBMISSION_STATES,
  type Submission,
  type SubmissionListResponse,
} from '../contract';
import { auditStep } from '../audit/steps';
import { allow, forbidden, guardedRouter } from '../auth/access';
import type { AuthUser } from '../auth/sessions';
import type { Storage } from '../db/storage';
import type { OutboxItem } from '../db/submissions';
import { ProblemError } from '../errors';
import { parseOr400 } from './parse';

const listQuerySchema = z.object({
  state: z.optional(
    z
      .string()
      .check(
        z.refine(
          (value) =>
            value.split(',').every((s) => (SUBMISSION_STATES as readonly string[]).includes(s)),
          'Comma-separated states: queued, sending, sent, refused',
        ),
      ),
  ),
});

const notFound = (id: string) =>
  new ProblemError({
    status: 404,
    code: 'unknown-submission',
    title: 'No such submission',
    detail: `There is no submission ${id} (it may have been discarded).`,
  });

/** The item as its API shows it: the worker's bookkeeping stays inside. */
const shown = ({
  mayHaveWritten: _m,
  beforeIds: _b,
  auditId: _a,
  userName: _u,
  ...item
}: OutboxItem): Submission => item;

/** Sales staff see their own submissions; support and admins see everyone's. */
const mayHandle = (user: AuthUser, item: OutboxItem) =>
  item.username === user.username || hasRole(user.role, 'support');

export function submissionsRouter(deps: {
  storage: Pick<Storage, 'submissions' | 'audit'>;
  now: () => number;
  onQueued?: () => void;
}) {
  const routes = guardedRouter();
  const { submissions, audit } = deps.storage;
  const at = () => new Date(deps.now()).toISOString();

  async function own(user: AuthUser, id: string): Promise<OutboxItem> {
    const item = await submissions.find(id);
    if (!item) throw notFound(id);
    if (!mayHandle(user, item)) throw forbidden('support');
    return item;
  }

  routes.get('/submissions', allow('sales'), async (req, res) => {
    const query = parseOr400(listQuerySchema, req.query);
    const states = (query.state?.split(',') ?? [
      'queued',
      'sending',
      'refused',
    ]) as Submission['state'][];
    const user = req.user!;
    const items = await submissions.list({
      states,
      username: hasRole(user.role, 'support') ? undefined : user.username,
    });
    const body: SubmissionListResponse = { submissions: items.map(shown) };
    res.json(body);
  });

  routes.get('/submissions/:id', allow('sales'), async (req, res) => {
    res.json(shown(await own(req.user!, String(req.params.id))));
  });

  // A refused contact, corrected in the same form, goes back in the queue.
  routes.post('/submissions/:id/resend', allow('sales'), async (req, res) => {
    const item = await own(req.user!, String(req.params.id));
    const contact = parseOr400(
      contactInputSchema,
      (req.body as { contact?: unknown })?.contact ?? {},
    );
    if (!(await submissions.resend(item.id, contact, at()))) {
      throw new ProblemError({
        status: 409,
        code: 'not-refused',
        title: 'Not waiting for a fix',
        detail: 'Only a contact Komet refused can be corrected and sent again.',
      });
    }
    if (item.auditId !== null) {
      const changed = changedFields(item.contact, contact);
      await audit.step(item.auditId, {
        at: at(),
        ...auditStep('corrected', { by: req.user!.name, changed }),
      });
      await audit.complete(item.auditId, { outcome: 'queued', message: null, at: at() });
    }
    deps.onQueued?.();
    res
      .status(202)
      .location(`/api/submissions/${item.id}`)
      .json(shown((await submissions.find(item.id))!));
  });

  routes.delete('/submissions/:id', allow('sales'), async (req, res) => {
    const item = await own(req.user!, String(req.params.id));
    if (!(await submissions.discard(item.id, at()))) {
      throw new ProblemError({
        status: 409,
        code: 'being-sent',
        title: 'Being sent',
        detail:
          'This contact is being sent to Komet right now, or is already there; it cannot be discarded.',
      });
    }
    if (item.auditId !== null) {
      const discarded = auditStep('discarded', { by: req.user!.name });
      const message = discarded.message;
      await audit.step(item.auditId, { at: at(), ...discarded });
      // A refusal stays the outcome; a contact still waiting now never reaches Komet.
      if (item.state !== 'refused') {
        await audit.complete(item.auditId, { outcome: 'failed', message, at: at() });
      }
    }
    res.status(204).end();
  });

  return routes;
}
