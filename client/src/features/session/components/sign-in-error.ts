import { ApiError } from '../../../lib/api';

const BAD_CREDENTIALS = "That username and password don't match. Check them and try again.";

/** Why signing in failed, for a sales person: what happened and what to do now. */
export function signInErrorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong while signing in. Try again.';
  const { status, problem } = error;
  if (status === 0) {
    return "The app can't reach its server, so you are not signed in. Check your connection, then try again.";
  }
  // One message for an unknown user and a wrong password: the server does not say which.
  if (problem.code === 'bad-credentials' || status === 401) return BAD_CREDENTIALS;
  // Locked or rate-limited: the server's detail says when signing in will work again.
  if (status === 429) return problem.detail;
  if (status >= 500) {
    return 'The server had a problem and could not sign you in. Wait a moment, then try again.';
  }
  return problem.detail || problem.title;
}
