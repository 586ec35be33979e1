import { t } from '@lingui/core/macro';
import type { ReactNode } from 'react';

interface SavedNewsProps {
  /** Absent when the contact is saved on our server and not yet in Komet (issue 7). */
  contactId: string | undefined;
  customerName: string;
  children?: ReactNode;
}

/**
 * The news of a save, above the fresh form for the next contact (issue 8). A status region that
 * never takes focus: the cursor stays in Name, and screen readers announce the news meanwhile.
 */
export default function SavedNews({ contactId, customerName, children }: SavedNewsProps) {
  return (
    <section className="card saved saved-news" role="status" aria-labelledby="saved-title">
      {contactId ? (
        <>
          <h2 id="saved-title">{t`Contact saved in Komet`}</h2>
          {/* Split around the bold values; the word order is the same in English and Spanish. */}
          <p>
            {t`Komet contact id`} <strong className="contact-id">{contactId}</strong>{' '}
            {/* One full stop, also after a name that ends with one ("S.A."). */}
            {t`was added to`} <strong>{customerName}</strong>
            {customerName.endsWith('.') ? '' : '.'}
          </p>
        </>
      ) : (
        <>
          <h2 id="saved-title">{t`Saved here, not yet in Komet`}</h2>
          <p>
            {t`Komet is not answering right now.`} {t`The contact for`}{' '}
            <strong>{customerName}</strong>{' '}
            {t`is saved on our server and will be sent to Komet when it answers; you can go on working.`}
          </p>
        </>
      )}
      {children}
    </section>
  );
}
