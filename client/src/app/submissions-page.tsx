import { msg, t } from '@lingui/core/macro';
import { lazy } from 'react';
import { i18n, type MessageDescriptor } from '../i18n/runtime';
import { describeError } from '../messages/form-errors';
import { useSearch } from '../lib/router';
import { useSession } from '../features/session/api/get-session';
import { useSubmissions } from '../features/submissions/api/list-submissions';
import { SentList } from '../features/submissions/components/sent-list';
import { SubmissionsTable } from '../features/submissions/components/submissions-table';
import { paths } from './paths';
import '../styles/screens.css';

// A refused item's own screen: opened from the list, so loaded only then.
const SubmissionPage = lazy(() => import('./submission-page'));

/** What the item screen did before it came back here (`?done=`), said once on arrival. */
const DONE_WORDS: Record<string, MessageDescriptor> = {
  resent: msg`Sent again: the contact is back in line and will go to Komet shortly.`,
  discarded: msg`Discarded: the contact will not be sent to Komet.`,
};

/** `/submissions`: adds saved on our server but not yet in Komet (issue 7); `/submissions/:id`. */
export default function SubmissionsPage({ submissionId }: { submissionId?: string }) {
  if (submissionId) return <SubmissionPage submissionId={submissionId} />;
  return <SubmissionsList />;
}

function SubmissionsList() {
  const user = useSession().data?.user;
  const open = useSubmissions();
  const sent = useSubmissions(['sent']);
  const done = DONE_WORDS[new URLSearchParams(useSearch()).get('done') ?? ''];
  const items = open.data?.submissions ?? [];

  let body;
  if (open.isPending) {
    body = (
      <p aria-live="polite" className="loading-rows">
        <span className="visually-hidden">{t`Loading…`}</span>
      </p>
    );
  } else if (open.isError) {
    body = (
      <p role="alert" className="form-error">
        {t`The list could not be loaded.`} {describeError(open.error)}
      </p>
    );
  } else if (items.length === 0) {
    body = <p className="empty-state">{t`Everything saved here is in Komet. Nothing to do.`}</p>;
  } else {
    body = (
      <SubmissionsTable
        submissions={items}
        hrefFor={paths.submission}
        showOwner={items.some((item) => item.username !== user?.username)}
      />
    );
  }

  return (
    <>
      <section className="card" aria-labelledby="submissions-title">
        <h1 id="submissions-title">{t`Not yet in Komet`}</h1>
        <p className="muted">
          {t`Contacts saved here while Komet was not answering. They are sent on their own when Komet answers; the ones Komet refused wait for you to fix them.`}
        </p>
        {done && (
          <p className="saved-note" role="status">
            {i18n._(done)}
          </p>
        )}
        {body}
      </section>
      <SentList submissions={sent.data?.submissions ?? []} />
    </>
  );
}
