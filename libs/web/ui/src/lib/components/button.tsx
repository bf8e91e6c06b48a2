import type { ButtonHTMLAttributes, Ref } from 'react';
import { classNames } from '../format/class-names';

/** Visual weight of a button; `danger` is for actions that end or discard something. */
export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: 'sm' | 'md';
  /** Shows a busy state and disables the button while an action runs. */
  busy?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

/** A real `<button>` (type="button" unless told otherwise) in the design system's styles. */
export function Button({
  variant = 'secondary',
  size = 'md',
  busy = false,
  type = 'button',
  className,
  disabled,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      className={classNames('tf-button', `tf-button--${variant}`, `tf-button--${size}`, className)}
    >
      {busy && <span className="tf-spinner tf-spinner--inline" aria-hidden="true" />}
      {children}
    </button>
  );
}
