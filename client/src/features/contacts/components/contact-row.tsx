import { t } from '@lingui/core/macro';
import { useId, useState, type ReactNode } from 'react';
import type { Contact } from '@komet-contacts/server/contract';
import { EmailLink, PhoneLink } from './contact-links';
import '../../../styles/tables.css';
import './customer-contacts.css';

/** The columns a row shows; the details below it span them all. */
export const CONTACT_COLUMNS = 7;

const orNone = (value: string | undefined) => value || <span className="muted">{t`None`}</span>;

/**
 * One contact: its everyday fields in the row, and a disclosure button revealing the rest below
 * it, so nothing about a contact is seen only in the edit form (issue 8). The data-label of each
 * cell titles it when the table is shown as cards (styles/tables.css).
 */
export function ContactRow({ contact, edit }: { contact: Contact; edit?: ReactNode }) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const { name, type, ext } = contact;
  return (
    <>
      <tr className={open ? 'contact-row contact-row-open' : 'contact-row'}>
        <th scope="row">{name}</th>
        <td data-label={t`Type`}>{type}</td>
        <td data-label={t`Phone`}>
          <PhoneLink number={contact.phone} />
          {ext && <span className="muted"> {t`ext. ${ext}`}</span>}
        </td>
        <td data-label={t`Mobile`}>
          <PhoneLink number={contact.mobile} />
        </td>
        <td data-label={t`E-mail`} className="contact-email">
          <EmailLink address={contact.email} />
        </td>
        <td data-label={t`PODs by e-mail`}>{contact.emailPOD ? t`Yes` : t`No`}</td>
        <td className="contact-actions">
          <button
            type="button"
            className="link-button"
            aria-expanded={open}
            aria-controls={open ? detailsId : undefined}
            aria-label={t`Details of ${name}, ${type}`}
            onClick={() => setOpen(!open)}
          >
            {t`Details`}
            <span aria-hidden="true">{open ? ' ▴' : ' ▾'}</span>
          </button>
          {edit}
        </td>
      </tr>
      {open && (
        <tr id={detailsId} className="contact-details-row">
          <td colSpan={CONTACT_COLUMNS}>
            <dl className="contact-details">
              <dt>{t`Fax`}</dt>
              <dd>{orNone(contact.fax)}</dd>
              <dt>{t`Instant messaging`}</dt>
              <dd>{orNone(contact.instantMessaging)}</dd>
              <dt>{t`Description`}</dt>
              <dd className="contact-description">{orNone(contact.description)}</dd>
              <dt>{t`Komet id`}</dt>
              <dd>{contact.id}</dd>
            </dl>
          </td>
        </tr>
      )}
    </>
  );
}
