import { t } from '@lingui/core/macro';
import { useForm } from 'react-hook-form';
import { Field } from '../../../components/ui/field';
import { newPasswordResolver, type NewPassword } from './user-schemas';
import './users.css';

/**
 * A new password for one user, asked for in place. Saving it signs that user out everywhere,
 * which the hint says before anyone presses the button.
 */
export function ResetPasswordForm({
  username,
  onSubmit,
  onCancel,
}: {
  username: string;
  onSubmit: (password: string) => Promise<unknown>;
  onCancel: () => void;
}) {
  const form = useForm<NewPassword>({
    resolver: newPasswordResolver,
    defaultValues: { password: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const id = `password-${username}`;
  return (
    <form
      noValidate
      className="inline-form"
      onSubmit={(event) => void form.handleSubmit(({ password }) => onSubmit(password))(event)}
    >
      <Field
        id={id}
        label={t`New password for ${username}`}
        required
        error={errors.password?.message}
        hint={t`At least 10 characters. They are signed out everywhere and sign in with this one.`}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            autoFocus
            {...form.register('password')}
          />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          {isSubmitting ? t`Setting…` : t`Set password`}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t`Cancel`}
        </button>
      </div>
    </form>
  );
}
