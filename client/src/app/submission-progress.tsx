import { t } from '@lingui/core/macro';
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
        {t`Now in Komet: contact id`} <strong className="contact-id">{item.contactId}</strong>.
      </p>
    );
  }
  if (item?.state === 'refused') {
    // Komet's own words, as Komet wrote them.
    const reason = item.message?.replace(/\.$/, '') ?? t`no reason given`;
    return (
      <p className="form-error">
        {t`Komet refused it: “${reason}”. Nothing was added to Komet.`}{' '}
        <Link href={paths.submission(submissionId)}>{t`Fix it and send it again`}</Link>
      </p>
    );
  }
  const attempts = item?.attempts ?? 0;
  return (
    <p>
      {item ? t`Waiting for Komet (tries so far: ${attempts}).` : t`Waiting for Komet.`}{' '}
      <Link href={paths.submissions}>{t`See what is not yet in Komet`}</Link>
    </p>
  );
}
