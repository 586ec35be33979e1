import { msg, t } from '@lingui/core/macro';
import { useFormContext, useWatch } from 'react-hook-form';
import type { ContactDraft } from '@komet-contacts/server/contract';
import {
  CONTACT_LIMITS,
  kometLength,
  type ContactTextField,
} from '@komet-contacts/server/contract/plain';
import { Field } from '../../../components/ui/field';
import { i18n, type MessageDescriptor } from '../../../i18n/runtime';

interface TextFieldSpec {
  name: Exclude<ContactTextField, 'type'>;
  label: MessageDescriptor;
  type?: 'email' | 'tel';
  autoComplete?: string;
  multiline?: boolean;
  wide?: boolean;
}

const TEXT_FIELDS: TextFieldSpec[] = [
  { name: 'email', label: msg`E-mail`, type: 'email', autoComplete: 'off' },
  { name: 'phone', label: msg`Phone`, type: 'tel', autoComplete: 'off' },
  { name: 'ext', label: msg`Ext.`, autoComplete: 'off' },
  { name: 'mobile', label: msg`Mobile`, type: 'tel', autoComplete: 'off' },
  { name: 'fax', label: msg`Fax`, type: 'tel', autoComplete: 'off' },
  { name: 'instantMessaging', label: msg`Instant messaging`, autoComplete: 'off' },
  { name: 'description', label: msg`Description`, multiline: true, wide: true },
];

function TextField({ spec, idPrefix }: { spec: TextFieldSpec; idPrefix: string }) {
  const { register, control, formState } = useFormContext<ContactDraft>();
  const value = useWatch({ control, name: spec.name }) ?? '';
  const max = CONTACT_LIMITS[spec.name];
  return (
    <Field
      id={`${idPrefix}-${spec.name}`}
      label={i18n._(spec.label)}
      error={formState.errors[spec.name]?.message}
      length={kometLength(value)}
      max={max}
      className={spec.wide ? 'field-wide' : undefined}
    >
      {(control) =>
        spec.multiline ? (
          <textarea {...control} rows={3} {...register(spec.name)} />
        ) : (
          <input
            {...control}
            type={spec.type ?? 'text'}
            autoComplete={spec.autoComplete}
            {...register(spec.name)}
          />
        )
      }
    </Field>
  );
}

/**
 * The types to offer: the configured ones plus any seen on the customer's contacts, so a type
 * registered in Komet but missing from our configuration can still be chosen.
 */
export function typeOptions(
  configured: readonly string[] = [],
  contacts: readonly { type: string }[] = [],
) {
  return [...new Set([...configured, ...contacts.map((contact) => contact.type).filter(Boolean)])];
}

/**
 * The contact's inputs, shared by the add and edit forms. No `maxLength` on inputs: a paste
 * longer than Komet allows stays whole and gets an error, so nothing typed is lost.
 */
export function ContactFields({ idPrefix, types }: { idPrefix: string; types: readonly string[] }) {
  const { register, control, formState } = useFormContext<ContactDraft>();
  const name = useWatch({ control, name: 'name' }) ?? '';
  const type = useWatch({ control, name: 'type' }) ?? '';
  // A contact's own type is always offered, even when our configuration does not list it.
  const options = type && !types.includes(type) ? [...types, type] : types;
  return (
    <div className="field-grid">
      <Field
        id={`${idPrefix}-name`}
        label={t`Name`}
        required
        error={formState.errors.name?.message}
        length={kometLength(name)}
        max={CONTACT_LIMITS.name}
      >
        {(control) => <input {...control} type="text" autoComplete="off" {...register('name')} />}
      </Field>
      <Field
        id={`${idPrefix}-type`}
        label={t`Type`}
        required
        error={formState.errors.type?.message}
      >
        {(control) => (
          <select {...control} {...register('type')}>
            <option value="">{t`Choose a type…`}</option>
            {options.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        )}
      </Field>
      {TEXT_FIELDS.map((spec) => (
        <TextField key={spec.name} spec={spec} idPrefix={idPrefix} />
      ))}
      <div className="field field-wide field-checkbox">
        <input id={`${idPrefix}-emailPOD`} type="checkbox" {...register('emailPOD')} />
        <label htmlFor={`${idPrefix}-emailPOD`}>
          {t`Send proofs of delivery (PODs) to this e-mail`}
        </label>
      </div>
    </div>
  );
}
