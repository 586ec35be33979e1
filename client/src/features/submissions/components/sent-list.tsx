import type { Submission } from '@komet-contacts/server/contract';
import { formatWhen } from './submission-wording';

const SHOWN = 10;

/** The last few adds that reached Komet after waiting here, with the id Komet gave them. */
export function SentList({ submissions }: { submissions: Submission[] }) {
  const newest = [...submissions]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, SHOWN);
  if (newest.length === 0) return null;
  return (
    <section aria-labelledby="sent-title" className="card">
      <h2 id="sent-title">Recently sent to Komet</h2>
      <ul className="recent-list">
        {newest.map((item) => (
          <li key={item.id}>
            <strong>{item.contact.name}</strong> for {item.customerName}: Komet contact id{' '}
            <span className="contact-id">{item.contactId}</span>
            <span className="muted"> · added {formatWhen(item.createdAt)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
