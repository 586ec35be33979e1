import { t } from '@lingui/core/macro';
import { useForm } from 'react-hook-form';
import { Field } from '../../../components/ui/field';
import { ApiError } from '../../../lib/api';
import { applyServerErrors } from '../../../messages/form-errors';
import { useSignIn } from '../api/sign-in';
import { signInErrorMessage } from './sign-in-error';

interface SignInValues {
  username: string;
  password: string;
}

const FIELD_NAMES = ['username', 'password'];

/**
 * Username and password. Only presence is checked here: the server owns the rest and answers one
 * message for an unknown user and a wrong password. What was typed stays after any error.
 */
export function SignInForm({
  idPrefix,
  username = '',
  focusPassword = false,
  onSignedIn,
}: {
  idPrefix: string;
  /** Prefilled when signing in again after the session ended. */
  username?: string;
  focusPassword?: boolean;
  onSignedIn?: () => void;
}) {
  const form = useForm<SignInValues>({ defaultValues: { username, password: '' } });
  const signIn = useSignIn();
  const { errors, isSubmitting } = form.formState;

  async function submit(values: SignInValues) {
    try {
      await signIn.mutateAsync(values);
      onSignedIn?.();
    } catch (error) {
      if (error instanceof ApiError && error.problem.fieldErrors) {
        applyServerErrors(error, form.setError, FIELD_NAMES);
      } else {
        form.setError('root.server', { message: signInErrorMessage(error) });
      }
    }
  }

  return (
    <form noValidate onSubmit={(event) => void form.handleSubmit(submit)(event)}>
      <Field
        id={`${idPrefix}-username`}
        label={t`Username`}
        required
        error={errors.username?.message}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            autoFocus={!focusPassword}
            {...form.register('username', {
              validate: (value) => value.trim() !== '' || t`Enter your username`,
            })}
          />
        )}
      </Field>
      <Field
        id={`${idPrefix}-password`}
        label={t`Password`}
        required
        error={errors.password?.message}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="current-password"
            autoFocus={focusPassword}
            {...form.register('password', { required: t`Enter your password` })}
          />
        )}
      </Field>
      {errors.root?.server && (
        <p className="form-error" role="alert">
          {errors.root.server.message}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          {isSubmitting ? t`Signing in…` : t`Sign in`}
        </button>
      </div>
    </form>
  );
}
