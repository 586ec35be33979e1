import { t } from '@lingui/core/macro';
import { useEffect, useState } from 'react';
import { useWatch, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useUnsavedChangesGuard } from '../../../lib/navigation-guard';
import {
  clearDraft,
  hasText,
  knownValues,
  newestDraft,
  readDraft,
  storedCustomer,
  writeDraft,
  type StoredDraft,
} from '../draft-store';
import './draft-keeper.css';

const customerIdOf = (values: FieldValues) =>
  (values.customer as { id?: string } | null | undefined)?.id;

export interface DraftKeeperProps {
  /** The add form; its `customer` value names the draft it keeps. */
  form: UseFormReturn<FieldValues>;
  /**
   * The form's latest save (in Komet or here) while its news shows, else null. Each new one means
   * the draft has done its job; what is typed next, for the next contact, is a new draft.
   */
  saved: object | null;
}

/** The draft to bring back when the form opens: its customer's, else the one typed last. */
function openingDraft(current: Record<string, unknown>): StoredDraft | undefined {
  const customerId = customerIdOf(current);
  const found = customerId ? (readDraft(customerId) ?? readDraft(undefined)) : newestDraft();
  return found && hasText(found.values) ? found : undefined;
}

/**
 * Keeps what is typed on the add form as a draft (issue 7) and asks before a half-typed form is
 * left. Loaded after the form's first render, so none of this weighs on the first screen's JS;
 * a draft is restored only when the user has not started typing meanwhile, else offered.
 */
export default function DraftKeeper({ form, saved }: DraftKeeperProps) {
  const values: Record<string, unknown> = useWatch({ control: form.control });
  const typing = hasText(values);
  // Decided once, as the module arrives: typed meanwhile, the draft is offered, not imposed.
  const [opening] = useState(() => openingDraft(form.getValues()));
  const [offer, setOffer] = useState(() => (hasText(form.getValues()) ? opening : undefined));
  // Restored on opening (the effect below) unless the user typed first.
  const [restored, setRestored] = useState(() => Boolean(opening) && !offer);
  const [wasSaved, setWasSaved] = useState(saved);
  if (saved !== wasSaved) {
    // After a save the notes are about nothing any more (React's "adjust state on a prop change").
    setWasSaved(saved);
    setRestored(false);
    setOffer(undefined);
  }
  // A save empties the form for the next contact: only what is typed after it is unsaved.
  useUnsavedChangesGuard(typing, t`This contact is not saved yet. Leave the form anyway?`);

  function applyDraft(draft: StoredDraft) {
    const current: Record<string, unknown> = form.getValues();
    const customerId = customerIdOf(current);
    // The form's own customer wins; on the start screen the draft brings its customer along.
    const customer: unknown = customerId ? current.customer : storedCustomer(draft.values);
    form.reset(
      { ...current, ...knownValues(draft.values, current), customer },
      { keepDefaultValues: true },
    );
    // Restored into a customer's form, the "no customer yet" draft now belongs to that customer.
    if (customerId) clearDraft(undefined);
  }

  useEffect(() => {
    if (opening && !offer) applyDraft(opening);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on opening
  }, []);

  // Ahead of the writing below: should this module arrive after a save, what is typed since stays.
  useEffect(() => {
    if (!saved) return;
    clearDraft(customerIdOf(form.getValues()));
    clearDraft(undefined);
  }, [saved, form]);

  // Every change is written at once: a tab may close at any keystroke.
  useEffect(() => {
    const current = form.getValues();
    let key = customerIdOf(current);
    // Typed before this module arrived: kept now, not at the next keystroke.
    if (hasText(current)) writeDraft(key, current);
    return form.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        const customerId = customerIdOf(values);
        // The typing moves with the form to the newly chosen customer.
        if (customerId !== key) clearDraft(key);
        key = customerId;
        if (hasText(values)) writeDraft(customerId, values);
        else clearDraft(customerId);
      },
    });
  }, [form]);

  function discard() {
    clearDraft(customerIdOf(form.getValues()));
    form.reset();
    setRestored(false);
    form.setFocus('name');
  }

  if (offer) {
    return (
      <p className="draft-note">
        {t`You have an earlier draft of this form.`}{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            applyDraft(offer);
            setRestored(true);
            setOffer(undefined);
          }}
        >
          {t`Restore draft`}
        </button>{' '}
        {t`(it replaces what you typed now)`}
      </p>
    );
  }
  if (!typing) return null;
  return (
    // Announced when restored; the plain reminder would only repeat itself at every keystroke.
    <p className="draft-note" role={restored ? 'status' : undefined}>
      {restored
        ? t`Restored what you were typing.`
        : t`What you type is kept in this browser until you save.`}{' '}
      <button type="button" className="link-button" onClick={discard}>
        {t`Discard draft`}
      </button>
    </p>
  );
}
