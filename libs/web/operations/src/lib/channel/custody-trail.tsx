import { useLazyQuery } from '@apollo/client/react';
import { apiErrorCode, describeApiError, FILE_CUSTODY_QUERY } from '@taskforce/web-data-access';
import { Button, formatDateTime, messageId, Trans, useLingui } from '@taskforce/web-ui';
import { useState } from 'react';

/** What each custody action means, in words. */
const ACTION_TEXT: Record<string, string> = {
  FILE_UPLOADED: messageId('files.custody.uploaded'),
  FILE_DOWNLOADED: messageId('files.custody.downloaded'),
  FILE_MARKING_CHANGED: messageId('files.custody.markingChanged'),
  FILE_VERIFIED: messageId('files.custody.verified'),
  FILE_REATTACHED: messageId('files.custody.reattached'),
  FILE_CONTENT_DELETED: messageId('files.custody.contentDeleted'),
};

/** The kind of record a file moved between, in words. */
const RECORD_TEXT: Record<string, string> = {
  OPERATION: messageId('files.record.operation'),
  TASK: messageId('files.record.task'),
  INFORMATION_REQUEST: messageId('files.record.informationRequest'),
  OPERATION_MESSAGE: messageId('files.record.channelMessage'),
  LEAD: messageId('files.record.lead'),
};

/**
 * A file's custody trail on demand: who did what, from which agency and address, when (UTC shown in local time), with
 * the SHA-256 recorded then; a check that found the stored content altered says so, with both SHA-256 values. Shown to the uploader's agency and the operation's coordinators; anyone else is told so.
 */
export function CustodyTrail({ fileId }: { fileId: string }) {
  const { _ } = useLingui();
  const [open, setOpen] = useState(false);
  const recordText = (kind: string) => (RECORD_TEXT[kind] ? _(RECORD_TEXT[kind]) : kind);
  const [load, { data, loading, error }] = useLazyQuery(FILE_CUSTODY_QUERY, { fetchPolicy: 'network-only' });
  const onToggle = () => {
    if (!open) void load({ variables: { fileId } }).catch(() => undefined);
    setOpen(!open);
  };
  return (
    <div className="tf-small">
      <Button size="sm" variant="ghost" onClick={onToggle} aria-expanded={open} busy={loading} data-testid="file-custody-toggle">
        {open ? _('files.custody.hide') : _('files.custody.show')}
      </Button>
      {open && error && (
        <p className="tf-muted" data-testid="file-custody-refused">
          {apiErrorCode(error) === 'FORBIDDEN' ? _('files.custody.forbidden') : describeApiError(error, _('files.custody.loadFailed'), _)}
        </p>
      )}
      {open && data && (
        <ol className="tf-files__custody" data-testid="file-custody">
          {data.fileCustody.map((entry, i) => (
            <li key={i} data-testid="file-custody-entry" data-action={entry.action}>
              {formatDateTime(entry.at)} · {entry.actor?.displayName ?? _('files.custody.retentionSweep')}
              {entry.agency && ` (${entry.agency.acronym})`} {ACTION_TEXT[entry.action] ? _(ACTION_TEXT[entry.action]) : entry.action}
              {entry.reason && `: ${entry.reason}`}
              {entry.action === 'FILE_VERIFIED' && entry.intact === true && _('files.custody.intact')}
              {entry.action === 'FILE_VERIFIED' && entry.intact === false && (
                <strong className="tf-danger" data-testid="file-custody-mismatch">
                  {' '}
                  {entry.sha256Found === 'missing' ? (
                    <Trans id="files.custody.mismatchMissing" values={{ expected: entry.sha256 }} components={{ 0: <code /> }} />
                  ) : (
                    <Trans id="files.custody.mismatch" values={{ found: entry.sha256Found, expected: entry.sha256 }} components={{ 0: <code />, 1: <code /> }} />
                  )}
                </strong>
              )}
              {entry.movedFrom && entry.movedTo && _('files.custody.moved', { from: recordText(entry.movedFrom.kind), to: recordText(entry.movedTo.kind) })}
              {entry.clientAddress && <span className="tf-muted"> · {_('files.custody.fromAddress', { address: entry.clientAddress })}</span>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
