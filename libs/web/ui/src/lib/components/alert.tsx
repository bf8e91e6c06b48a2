import type { HTMLAttributes } from 'react';
import { classNames } from '../format/class-names';

export interface AlertProps extends HTMLAttributes<HTMLDivElement> {
  tone?: 'error' | 'warning' | 'info' | 'success';
}

/**
 * A message box. Errors and warnings use role="alert" so screen readers announce them at once; the others use
 * role="status".
 */
export function Alert({ tone = 'error', className, ...rest }: AlertProps) {
  const role = tone === 'error' || tone === 'warning' ? 'alert' : 'status';
  return <div role={role} {...rest} className={classNames('tf-alert', `tf-alert--${tone}`, className)} />;
}
