import { t } from '@lingui/core/macro';
import { ApiError } from '../lib/api';
import { describeError } from '../messages/form-errors';
import { Link } from '../lib/router';
import { paths } from './paths';
import './error-screen.css';

interface Wording {
  title: string;
  /** What happened, whether anything was saved, what to do now. */
  text: string;
  /** Whether a reload can help. */
  retry?: boolean;
  /** The two ways back: to the customer list, to the add screen. */
  links: [string, string];
}

function wordingFor(error: unknown): Wording {
  const waysBack: [string, string] = [t`Find a customer`, t`Add a contact`];
  if (error === undefined) {
    return {
      title: t`Page not found`,
      text: t`This address does not lead anywhere in Komet Contacts.`,
      links: waysBack,
    };
  }
  if (!(error instanceof ApiError)) {
    return {
      title: t`This screen could not be shown`,
      text: t`Something went wrong while opening it; often the connection dropped for a moment. Anything you had already saved is still saved.`,
      retry: true,
      links: waysBack,
    };
  }
  const { code, fieldErrors } = error.problem;
  // Not in Komet's list (404), or no customer id at all (400 on the address's customerId).
  if (code === 'unknown-customer' || fieldErrors?.customerId) {
    return {
      title: t`Customer not found`,
      text: t`This link names no customer in Komet’s customer list; it may be old or mistyped. Nothing was saved for it.`,
      links: [t`Find the customer`, t`Add a contact for another customer`],
    };
  }
  return {
    title: t`This screen could not be loaded`,
    text: describeError(error),
    retry: true,
    links: waysBack,
  };
}

/**
 * What shows instead of a screen (app.tsx): for an address no route knows (no `error`), a render
 * failure, a chunk that did not load, or what a screen throws on purpose, such as an unknown
 * customer in its address.
 */
export default function ErrorScreen({ error }: { error?: unknown }) {
  const { title, text, retry, links } = wordingFor(error);
  return (
    <section className="card" aria-labelledby="error-title">
      <h1 id="error-title">{title}</h1>
      <p>{text}</p>
      <p className="problem-actions">
        {/* A reload, not a re-render: a chunk that failed to load stays failed until then. */}
        {retry && (
          <button type="button" onClick={() => window.location.reload()}>
            {t`Try again`}
          </button>
        )}
        <Link href={paths.customers}>{links[0]}</Link>
        <Link href={paths.addContact}>{links[1]}</Link>
      </p>
    </section>
  );
}
