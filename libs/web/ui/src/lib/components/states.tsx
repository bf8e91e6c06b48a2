import type { ReactNode } from 'react';

/** A polite "loading" line with a spinner, announced once to screen readers. */
export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="tf-loading" role="status">
      <span className="tf-spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

/** A muted message shown where a list has nothing to show. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="tf-empty">{children}</p>;
}
