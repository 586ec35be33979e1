import { t } from '@lingui/core/macro';
import { useState } from 'react';
import type { Contact } from '@komet-contacts/server/contract';
import { contactsCsv, contactsCsvFileName } from '../contacts-csv';
import { saveCsvFile } from '../../../export/csv-file';
import './customer-contacts.css';

/** Saves `contacts`, as shown (filtered and sorted), as a CSV file named after the customer. */
export function DownloadContactsButton({
  contacts,
  customerName,
}: {
  contacts: readonly Contact[];
  customerName: string;
}) {
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');

  async function download() {
    setState('busy');
    try {
      saveCsvFile(contactsCsvFileName(customerName, new Date()), await contactsCsv(contacts));
      setState('idle');
    } catch {
      // The CSV code is fetched on the first click: offline, that is what fails.
      setState('failed');
    }
  }

  return (
    <div className="contacts-download">
      <button
        type="button"
        className="button-secondary"
        disabled={state === 'busy' || contacts.length === 0}
        onClick={() => void download()}
      >
        {t`Download CSV`}
      </button>
      {state === 'failed' && (
        <p role="alert" className="form-error">
          {t`The file could not be made. Check your connection and try again.`}
        </p>
      )}
    </div>
  );
}
