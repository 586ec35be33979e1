import { t } from '@lingui/core/macro';
import type { Submission } from '@komet-contacts/server/contract';
import { i18n } from '../../../i18n/runtime';
import { Link } from '../../../lib/router';
import { nextTryWords, STATE_WORDS } from './submission-wording';
import '../../../styles/tables.css';
import './submissions.css';

interface SubmissionsTableProps {
  submissions: Submission[];
  /** Where a refused item is opened to be fixed; the page owns the URLs. */
  hrefFor: (submissionId: string) => string;
  /** Support and admin see everyone's items, so they need to know whose each is. */
  showOwner: boolean;
}

/** Adds saved here but not in Komet: refused ones first, they are the ones that need the user. */
export function SubmissionsTable({ submissions, hrefFor, showOwner }: SubmissionsTableProps) {
  const sorted = [...submissions].sort(
    (a, b) => Number(b.state === 'refused') - Number(a.state === 'refused'),
  );
  return (
    <div className="table-scroll">
      <table className="contacts-table submissions-table">
        <caption className="visually-hidden">{t`Contacts not yet in Komet`}</caption>
        <thead>
          <tr>
            <th scope="col">{t`Contact`}</th>
            <th scope="col">{t`Customer`}</th>
            {showOwner && <th scope="col">{t`Added by`}</th>}
            <th scope="col">{t`Where it is`}</th>
            <th scope="col">{t`Tries`}</th>
            <th scope="col">{t`Next try`}</th>
            <th scope="col">{t`What to do`}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((item) => {
            const { customerName, message } = item;
            const name = item.contact.name;
            return (
              <tr key={item.id} className={item.state === 'refused' ? 'row-attention' : undefined}>
                <th scope="row">{item.contact.name}</th>
                <td>{item.customerName}</td>
                {showOwner && <td>{item.username}</td>}
                <td>
                  {i18n._(STATE_WORDS[item.state])}
                  {item.state === 'refused' && message && (
                    // Komet's own words, as Komet wrote them.
                    <span className="submission-message">{t`Komet said: ${message}`}</span>
                  )}
                </td>
                <td>{item.attempts}</td>
                <td>{nextTryWords(item.state, item.nextAttemptAt)}</td>
                <td>
                  {item.state === 'refused' ? (
                    <Link href={hrefFor(item.id)}>
                      {t`Fix ${name}`}
                      <span className="visually-hidden"> {t`for ${customerName}`}</span>
                    </Link>
                  ) : (
                    t`Nothing: it is sent on its own`
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
