import { t } from '@lingui/core/macro';
import type { SessionUser } from '@komet-contacts/server/contract';
import { useSignIn } from '../api/sign-in';
import { signInErrorMessage } from './sign-in-error';
import './demo-sign-in.css';

/** One click per demo user, so the README's one-step start still works with sign-in. */
export function DemoSignIn({
  users,
  onSignedIn,
}: {
  users: SessionUser[];
  onSignedIn?: () => void;
}) {
  const signIn = useSignIn();
  return (
    <section className="demo-sign-in" aria-labelledby="demo-sign-in-title">
      <h2 id="demo-sign-in-title">{t`Or try the app as a demo user`}</h2>
      <p className="muted">
        {t`This server uses the built-in Komet simulator: nothing you do here reaches the real Komet.`}
      </p>
      <div className="form-actions">
        {users.map(({ username, name }) => (
          <button
            key={username}
            type="button"
            className="button-secondary"
            disabled={signIn.isPending}
            onClick={() => signIn.mutate({ username, demo: true }, { onSuccess: onSignedIn })}
          >
            {t`Sign in as ${name}`}
          </button>
        ))}
      </div>
      {signIn.isError && (
        <p className="form-error" role="alert">
          {signInErrorMessage(signIn.error)}
        </p>
      )}
    </section>
  );
}
