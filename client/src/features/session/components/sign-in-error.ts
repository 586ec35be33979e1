import { plural, t } from '@lingui/core/macro';
import { ApiError } from '../../../lib/api';

/** Why signing in failed, for a sales person: what happened and what to do now. */
export function signInErrorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return t`Something went wrong while signing in. Try again.`;
  const { status, problem } = error;
  if (status === 0) {
    return t`The app can't reach its server, so you are not signed in. Check your connection, then try again.`;
  }
  // One message for an unknown user and a wrong password: the server does not say which.
  if (problem.code === 'bad-credentials' || status === 401) {
    return t`That username and password don't match. Check them and try again.`;
  }
  // Locked: worded here from the wait the server sends along, in the server's own English words.
  const seconds = (error.body as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  if (problem.code === 'locked' && typeof seconds === 'number') {
    const minutes = Math.max(1, Math.ceil(seconds / 60));
    return t`Too many failed sign-ins. Try again in ${plural(minutes, { one: '# minute', other: '# minutes' })}, or ask an admin to reset your password.`;
  }
  // Else the server's detail, which says when signing in will work again (English only).
  if (status === 429) return problem.detail;
  if (status >= 500) {
    return t`The server had a problem and could not sign you in. Wait a moment, then try again.`;
  }
  return problem.detail || problem.title;
}
