import { t } from '@lingui/core/macro';
import { useEffect } from 'react';
import { useSession } from '../features/session/api/get-session';
import { DemoSignIn } from '../features/session/components/demo-sign-in';
import { demoUsersOf } from '../features/session/components/demo-users';
import { SignInForm } from '../features/session/components/sign-in-form';
import './sign-in-page.css';

// Once signed in the screen asked for replaces this one: focus goes where a page load puts it.
const focusMain = () => document.getElementById('main')?.focus();

/**
 * Shown in place of any screen while nobody is signed in. The URL is left alone, so once signed
 * in the user sees the screen they asked for, query string included.
 */
export default function SignInPage() {
  const demoUsers = demoUsersOf(useSession().error);
  useEffect(() => {
    document.title = t`Sign in · Komet Contacts`;
  }, []);
  return (
    <section className="card sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t`Sign in to Komet Contacts`}</h1>
      <p className="muted">{t`Use the username and password your administrator gave you.`}</p>
      <SignInForm idPrefix="sign-in" onSignedIn={focusMain} />
      {demoUsers.length > 0 && <DemoSignIn users={demoUsers} onSignedIn={focusMain} />}
    </section>
  );
}
