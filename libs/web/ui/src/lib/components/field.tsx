import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { classNames } from '../format/class-names';

interface FieldFrameProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  className?: string;
  /** Renders the control, given the ids to wire up the label, hint and error. */
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
}

/** A form field: a visible label, the control, an optional hint and an error message tied by aria-describedby. */
export function Field({ label, hint, error, required, className, children }: FieldFrameProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={classNames('tf-field', error ? 'tf-field--invalid' : undefined, className)}>
      <label className="tf-field__label" htmlFor={id}>
        {label}
        {required && (
          <span className="tf-field__required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {children({ id, describedBy })}
      {hint && (
        <p className="tf-field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="tf-field__error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

interface CommonFieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  fieldClassName?: string;
}

export type TextFieldProps = CommonFieldProps & InputHTMLAttributes<HTMLInputElement>;

/** A labelled `<input>`. */
export function TextField({ label, hint, error, fieldClassName, className, required, ...rest }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} required={required} className={fieldClassName}>
      {({ id, describedBy }) => (
        <input
          {...rest}
          id={id}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={classNames('tf-input', className)}
        />
      )}
    </Field>
  );
}

export type TextAreaFieldProps = CommonFieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>;

/** A labelled `<textarea>`. */
export function TextAreaField({ label, hint, error, fieldClassName, className, required, ...rest }: TextAreaFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} required={required} className={fieldClassName}>
      {({ id, describedBy }) => (
        <textarea
          {...rest}
          id={id}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={classNames('tf-input', 'tf-textarea', className)}
        />
      )}
    </Field>
  );
}

/** One choice of a select field. */
export interface SelectOption {
  value: string;
  label: string;
}

export type SelectFieldProps = CommonFieldProps &
  SelectHTMLAttributes<HTMLSelectElement> & {
    options: readonly SelectOption[];
    /** Label of an empty first choice, when the field may be left unset. */
    placeholder?: string;
  };

/** A labelled `<select>` built from a list of options. */
export function SelectField({
  label,
  hint,
  error,
  fieldClassName,
  className,
  required,
  options,
  placeholder,
  ...rest
}: SelectFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} required={required} className={fieldClassName}>
      {({ id, describedBy }) => (
        <select
          {...rest}
          id={id}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={classNames('tf-input', 'tf-select', className)}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
