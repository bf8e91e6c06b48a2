import { useMutation, useQuery } from '@apollo/client/react';
import {
  CREATE_FILE_DOWNLOAD_TICKET_MUTATION,
  describeApiError,
  FILES_QUERY,
  saveFromUrl,
  uploadEvidenceFile,
  useRealtimeEvent,
  type AttachedFileData,
  type FileUploadTarget,
} from '@taskforce/web-data-access';
import {
  Alert,
  Button,
  DEFAULT_MARKINGS,
  formatDateTime,
  formatNumber,
  HandlingMarking,
  LoadError,
  LoadingState,
  MarkingPicker,
  markingsInput,
  messageId,
  TlpBadge,
  useCatalogue,
  useLingui,
  type Markings,
} from '@taskforce/web-ui';
import { useCallback, useRef, useState } from 'react';
import { CustodyTrail } from './custody-trail';
import { DeleteFile } from './delete-file';
import { FileName } from './file-name';

/**
 * A file size in SI units, as browsers show downloads: "12 bytes", "340 kB", "1.2 MB". Returns the message id
 * (catalogue `operation`) of the unit and the value with the number of decimals to show; the screen formats the number
 * in the active language.
 */
function fileSize(bytes: number): { id: string; value: number; fractionDigits: number } {
  if (bytes < 1000) return { id: messageId('files.size.bytes'), value: bytes, fractionDigits: 0 };
  const units = [messageId('files.size.kB'), messageId('files.size.MB'), messageId('files.size.GB'), messageId('files.size.TB')];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return { id: units[unit], value, fractionDigits: value < 10 ? 1 : 0 };
}

/**
 * The files attached to one record (a request for information, a lead): name, size, TLP label, who uploaded it and
 * its SHA-256; Download saves the file straight to disk (a one-time download ticket: the page never holds the bytes)
 * and asks the person to compare the saved file with that SHA-256; a file whose stored content a check found altered
 * is flagged (and still downloadable, for forensic work). With `canAttach`,
 * a file picker uploads one more (resumable, tus) with the TLP label chosen. Refetches when a `file.changed` event
 * names the record. Each file's custody trail opens on demand; its content can be deleted for a stated reason.
 */
export function AttachedFiles(props: { target: Omit<FileUploadTarget, 'tlp' | 'handlingCode' | 'handlingCondition'>; canAttach: boolean; label: string }) {
  // The file list speaks from the `operation` catalogue, wherever it is shown (an operation, a request, a lead).
  if (!useCatalogue('operation')) return <LoadingState />;
  return <AttachedFilesList {...props} />;
}

function AttachedFilesList({ target, canAttach, label }: { target: Omit<FileUploadTarget, 'tlp' | 'handlingCode' | 'handlingCondition'>; canAttach: boolean; label: string }) {
  const { _ } = useLingui();
  const { data, error, refetch } = useQuery(FILES_QUERY, { variables: { attachedTo: { kind: target.attachedKind, id: target.attachedId } }, fetchPolicy: 'cache-and-network' });
  const reload = useCallback(() => {
    void refetch().catch(() => undefined);
  }, [refetch]);
  useRealtimeEvent('file.changed', (event) => {
    if (event.attachedKind === target.attachedKind && event.attachedId === target.attachedId) reload();
  });
  const files = data?.files ?? [];
  return (
    <div className="tf-files" data-testid="attached-files">
      {error && <LoadError onRetry={() => refetch()}>{_('files.loadFailed')}</LoadError>}
      {files.length > 0 && (
        <ul className="tf-files__list" aria-label={label}>
          {files.map((file) => (
            <li key={file.id} data-testid="attached-file" data-file-id={file.id}>
              <FileRow file={file} onChanged={reload} />
            </li>
          ))}
        </ul>
      )}
      {canAttach && <AttachFile target={target} onAttached={reload} />}
    </div>
  );
}

function FileRow({ file, onChanged }: { file: AttachedFileData; onChanged: () => void }) {
  const { _, i18n } = useLingui();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [createTicket, { loading: busy }] = useMutation(CREATE_FILE_DOWNLOAD_TICKET_MUTATION);
  const onDownload = async () => {
    setOutcome(null);
    try {
      const { data } = await createTicket({ variables: { id: file.id } });
      if (!data) throw new Error(_('files.downloadFailed'));
      saveFromUrl(data.createFileDownloadTicket.url, file.name);
      setOutcome(
        file.integrityFailedAt
          ? { ok: false, text: _('files.downloadAltered', { sha256: file.sha256?.slice(0, 12) ?? '' }) }
          : { ok: true, text: _('files.downloadStarted', { sha256: file.sha256?.slice(0, 12) ?? '' }) },
      );
    } catch (caught) {
      setOutcome({ ok: false, text: describeApiError(caught, _('files.downloadFailed'), _) });
    }
  };
  const size = fileSize(file.size);
  const sizeNumber = new Intl.NumberFormat(i18n.locale, { minimumFractionDigits: size.fractionDigits, maximumFractionDigits: size.fractionDigits }).format(size.value);
  return (
    <div className="tf-small">
      <FileName name={file.name} /> <span className="tf-muted">{_(size.id, { size: sizeNumber, count: size.value })}</span> <TlpBadge tlp={file.tlp} />{' '}
      <HandlingMarking code={file.handlingCode} restriction={file.handlingCondition} testId="attached-file-handling-code" />{' '}
      <span className="tf-muted">
        {file.uploaderAgency?.acronym}
        {file.uploadedAt && `, ${formatDateTime(file.uploadedAt)}`}
      </span>
      {file.state === 'CONTENT_DELETED' && (
        <p className="tf-muted" data-testid="attached-file-deleted">
          {file.deletedAt
            ? _('files.contentDeletedOn', { time: formatDateTime(file.deletedAt), reason: file.deletedReason ?? '' })
            : _('files.contentDeleted', { reason: file.deletedReason ?? '' })}
        </p>
      )}
      {file.integrityFailedAt && (
        <p role="alert" className="tf-small tf-danger" data-testid="attached-file-integrity-failed">
          {_('files.integrityFailed', { time: formatDateTime(file.integrityFailedAt) })}
        </p>
      )}
      {/* Download only what has content: a stored file, never a deleted one (nor an upload in progress, never listed). */}
      {file.state === 'STORED' && (
        <>
          {' '}
          <Button size="sm" variant="ghost" busy={busy} onClick={() => void onDownload()} data-testid="attached-file-download">
            {_('files.download')}
          </Button>
          <div className="tf-muted">
            SHA-256 <code data-testid="attached-file-sha256">{file.sha256}</code>
            {file.expiresAt && <> · {_('files.keptUntil', { time: formatDateTime(file.expiresAt) })}</>}
          </div>
          <CustodyTrail fileId={file.id} />
          <DeleteFile fileId={file.id} onDeleted={onChanged} />
        </>
      )}
      {outcome && (
        <p role="status" className={outcome.ok ? 'tf-small' : 'tf-small tf-danger'} data-testid="attached-file-check">
          {outcome.text}
        </p>
      )}
    </div>
  );
}

function AttachFile({ target, onAttached }: { target: Omit<FileUploadTarget, 'tlp' | 'handlingCode' | 'handlingCondition'>; onAttached: () => void }) {
  const { _ } = useLingui();
  const input = useRef<HTMLInputElement>(null);
  const [markings, setMarkings] = useState<Markings>(DEFAULT_MARKINGS);
  const [progress, setProgress] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const onPick = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    setProgress(_('files.uploading', { name: file.name }));
    try {
      await uploadEvidenceFile(file, { ...target, ...markingsInput(markings) }, (sent, total) =>
        setProgress(_('files.uploadProgress', { name: file.name, percent: formatNumber(Math.floor((100 * sent) / Math.max(total, 1))) })),
      );
      setProgress(null);
      onAttached();
    } catch (caught) {
      setProgress(null);
      setProblem(caught instanceof Error ? caught.message : _('files.uploadFailed'));
    } finally {
      if (input.current) input.current.value = '';
    }
  };
  return (
    <div className="tf-files__attach">
      <MarkingPicker value={markings} onChange={setMarkings} testId="attach-file" tlpLabel={_('files.tlpLabel')} />
      <label className="tf-small">
        {_('files.attach')}{' '}
        <input ref={input} type="file" onChange={(event) => void onPick(event.target.files?.[0])} data-testid="attach-file-input" />
      </label>
      {progress && (
        <p role="status" className="tf-small tf-break" data-testid="attach-file-progress">
          {progress}
        </p>
      )}
      {problem && <Alert>{problem}</Alert>}
    </div>
  );
}
