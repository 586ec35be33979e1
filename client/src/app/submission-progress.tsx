import { useSubmission } from '../features/submissions/api/get-submission';
import { Link } from '../lib/router';
import { paths } from './paths';

/**
 * Under "Saved here, not yet in Komet": follows the contact until Komet has it (its id shows)
 * or refuses it (a link to fix it), so nobody has to go and look.
 */
export default function SubmissionProgress({ submissionId }: { submissionId: string }) {
  const item = useSubmission(submissionId, { watch: true }).data;
  if (item?.state === 'sent') {
    return (
      <p>
        Now in Komet: contact id <strong className="contact-id">{item.contactId}</strong>.
      </p>
    );
  }
  if (item?.state === 'refused') {
    return (
      <p className="form-error">
        Komet refused it: “{item.message?.replace(/\.$/, '') ?? 'no reason given'}”. Nothing was
        added to Komet. <Link href={paths.submission(submissionId)}>Fix it and send it again</Link>
      </p>
    );
  }
  return (
    <p>
      Waiting for Komet{item ? ` (tries so far: ${item.attempts})` : ''}.{' '}
      <Link href={paths.submissions}>See what is not yet in Komet</Link>
    </p>
  );
}
