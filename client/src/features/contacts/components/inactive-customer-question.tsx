import { t } from '@lingui/core/macro';
import './duplicate-warning.css';

// Focus on the answer: Enter says yes; the question is its description.
const focusOnMount = (button: HTMLButtonElement | null) => button?.focus();

/** Asked once before a contact goes to a customer Komet lists as inactive (issue 8). */
export default function InactiveCustomerQuestion({ onConfirm }: { onConfirm: () => void }) {
  return (
    <div className="duplicate-warning">
      <p id="inactive-question">{t`This customer is inactive in Komet. Add the contact anyway?`}</p>
      <button
        ref={focusOnMount}
        type="button"
        className="button-secondary"
        aria-describedby="inactive-question"
        onClick={onConfirm}
      >
        {t`Add to the inactive customer`}
      </button>
    </div>
  );
}
