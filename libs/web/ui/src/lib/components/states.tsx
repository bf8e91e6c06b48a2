import type { ReactNode } from 'react';
import { useLingui } from '../i18n/messages';

/** A polite "loading" line with a spinner, announced once to screen readers; "Loading…" in the shown language by default. */
export function LoadingState({ label }: { label?: string }) {
  const { _ } = useLingui();
  return (
    <p className="tf-loading" role="status">
      <span className="tf-spinner" aria-hidden="true" />
      {label ?? _('common.loading')}
    </p>
  );
}

/** A muted message shown where a list has nothing to show. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="tf-empty">{children}</p>;
}
