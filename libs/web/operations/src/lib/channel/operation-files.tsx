import { useMutation } from '@apollo/client/react';
import { describeApiError, invalidFields, SET_OPERATION_FILE_RETENTION_MUTATION } from '@taskforce/web-data-access';
import { Button, Card, Trans, useLingui } from '@taskforce/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { AttachedFiles } from './attached-files';

interface OperationFilesProps {
  operationId: string;
  fileRetentionDays: number;
  /** Coordinators set the retention period. */
  coordinator: boolean;
  readOnly: boolean;
  onChanged: () => void;
}

/**
 * The files attached to the joint operation itself, and how long their contents are kept after upload (the
 * operation's retention period; its coordinators shorten or extend it, `setOperationFileRetention`).
 */
export function OperationFiles({ operationId, fileRetentionDays, coordinator, readOnly, onChanged }: OperationFilesProps) {
  const { _ } = useLingui();
  const [days, setDays] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SET_OPERATION_FILE_RETENTION_MUTATION);
  const inputId = useId();
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    const wanted = Number((days ?? '').trim());
    if (!/^\d+$/.test((days ?? '').trim()) || !Number.isSafeInteger(wanted)) {
      setError(_('files.retention.wholeNumber'));
      return;
    }
    try {
      await save({ variables: { operationId, days: wanted } });
      setDays(null);
      onChanged();
    } catch (caught: unknown) {
      setError(invalidFields(caught, _)['days'] ?? describeApiError(caught, _('files.retention.saveFailed'), _));
    }
  };
  return (
    <Card title={_('files.title')} headingLevel={2} data-testid="operation-files">
      <p className="tf-small" data-testid="file-retention">
        <Trans id="files.retention.text" values={{ days: fileRetentionDays }} components={{ 0: <strong /> }} />
        {coordinator && !readOnly && days === null && (
          <>
            {' '}
            <Button size="sm" variant="ghost" onClick={() => setDays(String(fileRetentionDays))} data-testid="file-retention-edit">
              {_('files.retention.change')}
              <span className="tf-visually-hidden"> {_('files.retention.changeHidden')}</span>
            </Button>
          </>
        )}
      </p>
      {days !== null && (
        <form className="tf-escalation tf-escalation--editing" onSubmit={(event) => void onSubmit(event)} noValidate>
          <label htmlFor={inputId}>{_('files.retention.keepFor')}</label>{' '}
          <input id={inputId} className="tf-input" type="text" inputMode="numeric" size={5} value={days} onChange={(event) => setDays(event.target.value)} aria-invalid={error ? true : undefined} data-testid="file-retention-input" />{' '}
          {_('files.retention.days')}{' '}
          <Button type="submit" size="sm" variant="primary" busy={loading} data-testid="file-retention-save">
            {_('files.save')}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setDays(null)}>
            {_('files.cancel')}
          </Button>
          {error && (
            <p className="tf-field__error" role="alert" data-testid="file-retention-error">
              {error}
            </p>
          )}
        </form>
      )}
      <AttachedFiles target={{ attachedKind: 'OPERATION', attachedId: operationId }} canAttach={!readOnly} label={_('files.ofOperation')} />
    </Card>
  );
}
