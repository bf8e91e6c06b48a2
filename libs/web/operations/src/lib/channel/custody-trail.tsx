import { useLazyQuery } from '@apollo/client/react';
import { apiErrorCode, describeApiError, FILE_CUSTODY_QUERY } from '@taskforce/web-data-access';
import { Button, formatDateTime } from '@taskforce/web-ui';
import { useState } from 'react';

/** What each custody action means, in words. */
const ACTION_TEXT: Record<string, string> = {
  FILE_UPLOADED: 'uploaded',
  FILE_DOWNLOADED: 'downloaded',
  FILE_MARKING_CHANGED: 'changed the markings',
  FILE_VERIFIED: 'checked against its SHA-256',
  FILE_REATTACHED: 'moved to another record',
  FILE_CONTENT_DELETED: 'content deleted',
};

/** The kind of record a file moved between, in words. */
const RECORD_TEXT: Record<string, string> = {
  OPERATION: 'the operation',
  TASK: 'a task',
  INFORMATION_REQUEST: 'a request for information',
  OPERATION_MESSAGE: 'a channel message',
  LEAD: 'a lead',
};

/**
 * A file's custody trail on demand: who did what, from which agency and address, when (UTC shown in local time), with
 * the SHA-256 recorded then; a check that found the stored content altered says so, with both SHA-256 values. Shown to the uploader's agency and the operation's coordinators; anyone else is told so.
 */
export function CustodyTrail({ fileId }: { fileId: string }) {
  const [open, setOpen] = useState(false);
  const [load, { data, loading, error }] = useLazyQuery(FILE_CUSTODY_QUERY, { fetchPolicy: 'network-only' });
  const onToggle = () => {
    if (!open) void load({ variables: { fileId } }).catch(() => undefined);
    setOpen(!open);
  };
  return (
    <div className="tf-small">
      <Button size="sm" variant="ghost" onClick={onToggle} aria-expanded={open} busy={loading} data-testid="file-custody-toggle">
        {open ? 'Hide the custody trail' : 'Custody trail'}
      </Button>
      {open && error && (
        <p className="tf-muted" data-testid="file-custody-refused">
          {apiErrorCode(error) === 'FORBIDDEN' ? "Only the uploader's agency and the operation's coordinators see a file's custody trail." : describeApiError(error, 'The custody trail cannot be loaded right now.')}
        </p>
      )}
      {open && data && (
        <ol className="tf-files__custody" data-testid="file-custody">
          {data.fileCustody.map((entry, i) => (
            <li key={i} data-testid="file-custody-entry" data-action={entry.action}>
              {formatDateTime(entry.at)} · {entry.actor?.displayName ?? 'the retention sweep'}
              {entry.agency && ` (${entry.agency.acronym})`} {ACTION_TEXT[entry.action] ?? entry.action}
              {entry.reason && `: ${entry.reason}`}
              {entry.action === 'FILE_VERIFIED' && entry.intact === true && ': intact'}
              {entry.action === 'FILE_VERIFIED' && entry.intact === false && (
                <strong className="tf-danger" data-testid="file-custody-mismatch">
                  {' '}
                  — SHA-256 mismatch: stored content altered (found {entry.sha256Found === 'missing' ? 'no content' : <code>{entry.sha256Found}</code>}, expected <code>{entry.sha256}</code>)
                </strong>
              )}
              {entry.movedFrom && entry.movedTo && ` (from ${RECORD_TEXT[entry.movedFrom.kind] ?? entry.movedFrom.kind} to ${RECORD_TEXT[entry.movedTo.kind] ?? entry.movedTo.kind})`}
              {entry.clientAddress && <span className="tf-muted"> · from {entry.clientAddress}</span>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
