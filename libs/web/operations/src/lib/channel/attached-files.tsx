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
import { Alert, Button, DEFAULT_MARKINGS, formatDateTime, HandlingMarking, LoadError, MarkingPicker, markingsInput, TlpBadge, type Markings } from '@taskforce/web-ui';
import { useCallback, useRef, useState } from 'react';
import { CustodyTrail } from './custody-trail';
import { DeleteFile } from './delete-file';
import { FileName } from './file-name';

/** "1.2 MB", "340 kB", "12 bytes" (SI units, as browsers show downloads). */
function sizeText(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/**
 * The files attached to one record (a request for information, a lead): name, size, TLP label, who uploaded it and
 * its SHA-256; Download saves the file straight to disk (a one-time download ticket: the page never holds the bytes)
 * and asks the person to compare the saved file with that SHA-256; a file whose stored content a check found altered
 * is flagged (and still downloadable, for forensic work). With `canAttach`,
 * a file picker uploads one more (resumable, tus) with the TLP label chosen. Refetches when a `file.changed` event
 * names the record. Each file's custody trail opens on demand; its content can be deleted for a stated reason.
 */
export function AttachedFiles({ target, canAttach, label }: { target: Omit<FileUploadTarget, 'tlp' | 'handlingCode' | 'handlingCondition'>; canAttach: boolean; label: string }) {
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
      {error && <LoadError onRetry={() => refetch()}>The files cannot be loaded right now.</LoadError>}
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
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [createTicket, { loading: busy }] = useMutation(CREATE_FILE_DOWNLOAD_TICKET_MUTATION);
  const onDownload = async () => {
    setOutcome(null);
    try {
      const { data } = await createTicket({ variables: { id: file.id } });
      if (!data) throw new Error('The file cannot be downloaded right now.');
      saveFromUrl(data.createFileDownloadTicket.url, file.name);
      setOutcome(
        file.integrityFailedAt
          ? { ok: false, text: `Download started, but the stored content was found altered: the saved file will not match the SHA-256 ${file.sha256?.slice(0, 12) ?? ''}… recorded at upload.` }
          : { ok: true, text: `Download started: compare the saved file with its SHA-256 ${file.sha256?.slice(0, 12) ?? ''}… (for example with sha256sum).` },
      );
    } catch (caught) {
      setOutcome({ ok: false, text: describeApiError(caught, 'The file cannot be downloaded right now.') });
    }
  };
  return (
    <div className="tf-small">
      <FileName name={file.name} /> <span className="tf-muted">{sizeText(file.size)}</span> <TlpBadge tlp={file.tlp} />{' '}
      <HandlingMarking code={file.handlingCode} restriction={file.handlingCondition} testId="attached-file-handling-code" />{' '}
      <span className="tf-muted">
        {file.uploaderAgency?.acronym}
        {file.uploadedAt && `, ${formatDateTime(file.uploadedAt)}`}
      </span>
      {file.state === 'CONTENT_DELETED' && (
        <p className="tf-muted" data-testid="attached-file-deleted">
          Content deleted{file.deletedAt ? ` on ${formatDateTime(file.deletedAt)}` : ''}: {file.deletedReason}
        </p>
      )}
      {file.integrityFailedAt && (
        <p role="alert" className="tf-small tf-danger" data-testid="attached-file-integrity-failed">
          SHA-256 mismatch: stored content altered (found by a check on {formatDateTime(file.integrityFailedAt)}). It can still be downloaded for forensic work; see the custody trail.
        </p>
      )}
      {/* Download only what has content: a stored file, never a deleted one (nor an upload in progress, never listed). */}
      {file.state === 'STORED' && (
        <>
          {' '}
          <Button size="sm" variant="ghost" busy={busy} onClick={() => void onDownload()} data-testid="attached-file-download">
            Download
          </Button>
          <div className="tf-muted">
            SHA-256 <code data-testid="attached-file-sha256">{file.sha256}</code>
            {file.expiresAt && <> · kept until {formatDateTime(file.expiresAt)}</>}
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
  const input = useRef<HTMLInputElement>(null);
  const [markings, setMarkings] = useState<Markings>(DEFAULT_MARKINGS);
  const [progress, setProgress] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const onPick = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    setProgress(`Uploading ${file.name}…`);
    try {
      await uploadEvidenceFile(file, { ...target, ...markingsInput(markings) }, (sent, total) => setProgress(`Uploading ${file.name}: ${Math.floor((100 * sent) / Math.max(total, 1))} %`));
      setProgress(null);
      onAttached();
    } catch (caught) {
      setProgress(null);
      setProblem(caught instanceof Error ? caught.message : 'The file could not be uploaded.');
    } finally {
      if (input.current) input.current.value = '';
    }
  };
  return (
    <div className="tf-files__attach">
      <MarkingPicker value={markings} onChange={setMarkings} testId="attach-file" tlpLabel="File TLP label" />
      <label className="tf-small">
        Attach a file{' '}
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
