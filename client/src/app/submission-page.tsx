import { t } from '@lingui/core/macro';
import type { Submission } from '@komet-contacts/server/contract';
import { i18n } from '../i18n/runtime';
import { ApiError } from '../lib/api';
import { describeError } from '../messages/form-errors';
import { Link, navigate } from '../lib/router';
import { useContactTypes } from '../features/contacts/api/list-contact-types';
import { typeOptions } from '../features/contacts/components/contact-fields';
import { ResendContactForm } from '../features/contacts/components/resend-contact-form';
import {
  useDiscardSubmission,
  useResendSubmission,
} from '../features/submissions/api/change-submission';
import { useSubmission } from '../features/submissions/api/get-submission';
import { DiscardButton } from '../features/submissions/components/discard-button';
import {
  CONFLICT_WORDS,
  nextTryWords,
  STATE_WORDS,
} from '../features/submissions/components/submission-wording';
import { paths } from './paths';
import '../styles/screens.css';

/** The server's refusal in the user's words when it has a code for it (submission-wording.ts). */
function reworded(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const words = CONFLICT_WORDS[error.problem.code ?? ''];
  if (!words) return error;
  return new ApiError(error.status, { ...error.problem, title: i18n._(words), detail: '' });
}

/** `/submissions/:id`: one add kept here; a refused one is fixed and sent again, or discarded. */
export default function SubmissionPage({ submissionId }: { submissionId: string }) {
  const submission = useSubmission(submissionId);
  const item = submission.data;
  return (
    <section className="card" aria-labelledby="submission-title">
      <p className="breadcrumb">
        <Link href={paths.submissions}>← {t`Not yet in Komet`}</Link>
      </p>
      {submission.isPending && <p aria-live="polite">{t`Loading…`}</p>}
      {submission.isError && (
        <>
          <h1 id="submission-title">{t`Contact not found`}</h1>
          <p role="alert" className="form-error">
            {t`This contact could not be loaded.`} {describeError(submission.error)}
          </p>
        </>
      )}
      {item && <SubmissionDetail item={item} />}
    </section>
  );
}

function SubmissionDetail({ item }: { item: Submission }) {
  const types = useContactTypes();
  const resend = useResendSubmission(item.id);
  const discard = useDiscardSubmission(item.id);
  const discardButton = (
    <DiscardButton
      contactName={item.contact.name}
      pending={discard.isPending}
      onDiscard={() =>
        discard.mutate(undefined, {
          onSuccess: () => navigate(`${paths.submissions}?done=discarded`),
        })
      }
    />
  );
  const { attempts, customerName } = item;
  const contactId = item.contactId ?? '';
  const name = item.contact.name;
  const when = nextTryWords(item.state, item.nextAttemptAt);
  // Komet's own words, as Komet wrote them.
  const reason = item.message?.replace(/\.$/, '') ?? t`no reason given`;
  return (
    <>
      <h1 id="submission-title">
        {item.state === 'refused'
          ? t`Fix ${name} for ${customerName}`
          : t`${name} for ${customerName}`}
      </h1>
      <p>
        <strong>{i18n._(STATE_WORDS[item.state])}.</strong> {t`Tries so far: ${attempts}.`}
        {item.state === 'queued' && ` ${t`Next try: ${when}.`}`}
        {item.state === 'sent' && ` ${t`Komet contact id ${contactId}.`}`}
      </p>
      {item.state === 'refused' && (
        <p className="form-error">
          {t`Komet said: “${reason}”. Nothing was added to Komet. Fix the contact below and send it again, or discard it.`}
        </p>
      )}
      {discard.isError && (
        <p role="alert" className="form-error">
          {describeError(reworded(discard.error))}
        </p>
      )}
      {item.state === 'refused' ? (
        <ResendContactForm
          contact={item.contact}
          types={typeOptions(types.data?.types)}
          onSend={async (contact) => {
            try {
              await resend.mutateAsync(contact);
            } catch (error) {
              throw reworded(error);
            }
            navigate(`${paths.submissions}?done=resent`);
          }}
        >
          {discardButton}
        </ResendContactForm>
      ) : (
        item.state === 'queued' && <div className="form-actions">{discardButton}</div>
      )}
    </>
  );
}
