import { t } from '@lingui/core/macro';
import type { ReactNode } from 'react';

export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  'aria-required': boolean | undefined;
}

interface FieldProps {
  id: string;
  label: string;
  required?: boolean;
  error?: string | undefined;
  hint?: ReactNode;
  /** Current length, in the unit Komet limits count (UTF-16 code units). */
  length?: number;
  max?: number;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

// The counter appears as the value nears its limit: earlier it is noise.
const COUNTER_FROM = 0.8;

/** Label, control, hint, counter and error, wired together for assistive technology. */
export function Field({
  id,
  label,
  required,
  error,
  hint,
  length = 0,
  max,
  className,
  children,
}: FieldProps) {
  const showCounter = max !== undefined && length >= max * COUNTER_FROM;
  const describedBy = [
    error && `${id}-error`,
    !error && hint && `${id}-hint`,
    showCounter && `${id}-counter`,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && (
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        'aria-describedby': describedBy || undefined,
        'aria-required': required || undefined,
      })}
      <div className="field-meta">
        {error ? (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        ) : hint ? (
          <p id={`${id}-hint`} className="field-hint" aria-live="polite">
            {hint}
          </p>
        ) : null}
        {showCounter && (
          <span id={`${id}-counter`} className={`counter${length > max ? ' counter-over' : ''}`}>
            {length}/{max}
            <span className="visually-hidden"> {t`characters`}</span>
          </span>
        )}
      </div>
    </div>
  );
}
