import { useMutation } from '@apollo/client/react';
import { DELETE_FILE_MUTATION, describeApiError, invalidFields } from '@taskforce/web-data-access';
import { FILE_DELETION_REASON_LENGTH, fileDeletionReasonProblem } from '@taskforce/domain';
import { Alert, Button, TextAreaField, useLingui } from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';

/**
 * "Delete content…" for one stored file: asks why (3–500 characters, checked as the API checks it, libs/domain
 * `fileDeletionReasonProblem`), then deletes the content for that reason, which the custody trail shows. The record,
 * its SHA-256 and its trail stay. Only its uploader and the operation's coordinators may: anyone else is told so.
 */
export function DeleteFile({ fileId, onDeleted }: { fileId: string; onDeleted: () => void }) {
  const { _ } = useLingui();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [deleteFile, { loading }] = useMutation(DELETE_FILE_MUTATION);
  const close = () => {
    setOpen(false);
    setReason('');
    setProblem(null);
    setFailure(null);
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const own = fileDeletionReasonProblem(reason);
    setProblem(own);
    if (own) return;
    try {
      await deleteFile({ variables: { id: fileId, reason } });
      close();
      onDeleted();
    } catch (caught) {
      const fields = invalidFields(caught, _);
      if (fields['reason']) setProblem(fields['reason']);
      else setFailure(describeApiError(caught, _('files.delete.failed'), _));
    }
  };
  if (!open) {
    return (
      <Button size="sm" variant="ghost" onClick={() => setOpen(true)} data-testid="delete-file">
        {_('files.delete.start')}
      </Button>
    );
  }
  return (
    <form className="tf-small" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="delete-file-form">
      <TextAreaField
        label={_('files.delete.reason')}
        required
        rows={2}
        maxLength={FILE_DELETION_REASON_LENGTH.max}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={problem ?? undefined}
        data-testid="delete-file-reason"
      />
      {failure && <Alert>{failure}</Alert>}
      <Button size="sm" variant="danger" type="submit" busy={loading} data-testid="delete-file-confirm">
        {_('files.delete.confirm')}
      </Button>{' '}
      <Button size="sm" variant="ghost" onClick={close}>
        {_('files.cancel')}
      </Button>
    </form>
  );
}
