import { t } from '@lingui/core/macro';
import { useState } from 'react';
import type { Contact } from '@komet-contacts/server/contract';
import { contactsCsv, contactsCsvFileName } from '../contacts-csv';

function saveFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Some browsers read the file after click() returns: the URL lives on a while (as FileSaver.js does).
  setTimeout(() => URL.revokeObjectURL(url), 40_000);
}

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
      saveFile(contactsCsvFileName(customerName, new Date()), await contactsCsv(contacts));
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
