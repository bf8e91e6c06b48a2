import { useState, type HTMLAttributes, type ReactNode } from 'react';
import { classNames } from '../format/class-names';
import { useLingui } from '../i18n/messages';
import { Button } from './button';

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

export interface LoadErrorProps {
  /** What went wrong, in words (the caller's describeApiError). */
  children: ReactNode;
  /** Asks for the data again (the query's refetch); the button shows busy until it settles. */
  onRetry: () => Promise<unknown> | void;
  'data-testid'?: string;
}

/**
 * Data that could not be loaded: the reason and a Retry button that asks again (a dropped connection or a server
 * restart need not mean a reload of the page).
 */
export function LoadError({ children, onRetry, 'data-testid': testId = 'load-error' }: LoadErrorProps) {
  const [busy, setBusy] = useState(false);
  const { _ } = useLingui();
  const retry = () => {
    setBusy(true);
    Promise.resolve()
      .then(onRetry)
      .catch(() => undefined)
      .finally(() => setBusy(false));
  };
  return (
    <Alert className="tf-alert--with-action" data-testid={testId}>
      <span>{children}</span>{' '}
      <Button size="sm" busy={busy} onClick={retry} data-testid="retry">
        {_('common.retry')}
      </Button>
    </Alert>
  );
}
