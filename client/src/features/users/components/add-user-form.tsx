import { t } from '@lingui/core/macro';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '../../../components/ui/field';
import { i18n } from '../../../i18n/runtime';
import { ApiError } from '../../../lib/api';
import { applyServerErrors } from '../../../messages/form-errors';
import { useCreateUser } from '../api/create-user';
import { describeUserError, ROLE_OPTIONS } from './user-wording';
import { addUserResolver, type AddUserFormInput, type AddUserFormOutput } from './user-schemas';
import '../../../styles/screens.css';

const EMPTY: AddUserFormInput = { username: '', name: '', role: 'sales', password: '' };
const FIELD_NAMES = Object.keys(EMPTY);

/** A new account: username, display name, role and a first password to hand over. */
export function AddUserForm() {
  const form = useForm<AddUserFormInput, unknown, AddUserFormOutput>({
    resolver: addUserResolver,
    mode: 'onTouched',
    defaultValues: EMPTY,
  });
  const createUser = useCreateUser();
  const [added, setAdded] = useState<string | null>(null);
  const { errors, isSubmitting } = form.formState;

  async function save(user: AddUserFormOutput) {
    setAdded(null);
    try {
      const { user: created } = await createUser.mutateAsync(user);
      form.reset(EMPTY);
      const { name, username } = created;
      setAdded(t`${name} can now sign in as “${username}”.`);
    } catch (error) {
      if (error instanceof ApiError && error.problem.code === 'username-taken') {
        const message = describeUserError(error);
        form.setError('username', { type: 'server', message }, { shouldFocus: true });
      } else if (error instanceof ApiError && error.problem.fieldErrors) {
        applyServerErrors(error, form.setError, FIELD_NAMES);
      } else {
        form.setError('root.server', { message: describeUserError(error) });
      }
    }
  }

  const field = (name: keyof AddUserFormInput) => errors[name]?.message;
  return (
    <form
      noValidate
      aria-labelledby="add-user-title"
      onSubmit={(event) => void form.handleSubmit(save)(event)}
    >
      <h2 id="add-user-title">{t`Add a user`}</h2>
      <div className="field-grid">
        <Field id="new-user-username" label={t`Username`} required error={field('username')}>
          {(control) => (
            <input {...control} type="text" autoComplete="off" {...form.register('username')} />
          )}
        </Field>
        <Field id="new-user-name" label={t`Display name`} required error={field('name')}>
          {(control) => (
            <input {...control} type="text" autoComplete="off" {...form.register('name')} />
          )}
        </Field>
        <Field id="new-user-role" label={t`Role`} required error={field('role')}>
          {(control) => (
            <select {...control} {...form.register('role')}>
              {ROLE_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {i18n._(option.label)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="new-user-password"
          label={t`First password`}
          required
          error={field('password')}
          hint={t`At least 10 characters. Give it to them in person; they can't see it here later.`}
        >
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              {...form.register('password')}
            />
          )}
        </Field>
      </div>
      {errors.root?.server && (
        <p className="form-error" role="alert">
          {errors.root.server.message}
        </p>
      )}
      {added && (
        <p className="saved-note" role="status">
          {added}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          {isSubmitting ? t`Adding…` : t`Add user`}
        </button>
      </div>
    </form>
  );
}
