import { t } from '@lingui/core/macro';
import type { Submission } from '@komet-contacts/server/contract';
import { formatWhen } from './submission-wording';
import '../../../styles/screens.css';

const SHOWN = 10;

/** The last few adds that reached Komet after waiting here, with the id Komet gave them. */
export function SentList({ submissions }: { submissions: Submission[] }) {
  const newest = [...submissions]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, SHOWN);
  if (newest.length === 0) return null;
  return (
    <section aria-labelledby="sent-title" className="card">
      <h2 id="sent-title">{t`Recently sent to Komet`}</h2>
      <ul className="recent-list">
        {newest.map(({ id, contact, customerName, contactId, createdAt }) => {
          const when = formatWhen(createdAt);
          return (
            <li key={id}>
              <strong>{contact.name}</strong> {t`for ${customerName}`}: {t`Komet contact id`}{' '}
              <span className="contact-id">{contactId}</span>
              <span className="muted"> · {t`added ${when}`}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
