import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { Pillar, TaskPriority } from '@taskforce/domain';
import {
  apiErrorCode,
  apiErrorParts,
  apiErrorText,
  ASSIGNABLE_USERS_QUERY,
  conflictDetails,
  invalidFields,
  UPDATE_TASK_MUTATION,
  type AgencySummary,
  type TaskDetailData,
} from '@taskforce/web-data-access';
import {
  Alert,
  Button,
  endOfLocalDayIso,
  formatMoment,
  labelFrom,
  messageId,
  PILLAR_LABEL_IDS,
  SelectField,
  TASK_STATUS_LABEL_IDS,
  TextAreaField,
  TextField,
  useLingui,
} from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';
import { PRIORITY_LABEL_IDS, translateRef } from '../board/board-labels';
import { conflictMessage } from '../task-detail/conflict-message';
import { taskEditInputFrom, taskEditStateFrom, validateTaskEdit, type TaskEditState } from './task-edit-state';

interface TaskEditFormProps {
  task: TaskDetailData;
  participatingAgencies: readonly AgencySummary[];
  onSaved: () => void;
  onCancel: () => void;
  /** Fetches the task again (after a conflict). */
  onReload: () => void;
}

/**
 * The coordinator's form to edit a task (title, description, priority, pillar, due date) and reassign it to another
 * participating agency or person. It sends only what changed, with the version on screen; when someone changed the
 * task first the server answers CONFLICT (who, what, when) and nothing is saved.
 */
export function TaskEditForm({ task: current, participatingAgencies, onSaved, onCancel, onReload }: TaskEditFormProps) {
  // The task as it was when the form opened: a change arriving live meanwhile gives CONFLICT, never a silent overwrite.
  const { _ } = useLingui();
  const [task] = useState(current);
  const [state, setState] = useState<TaskEditState>(() => taskEditStateFrom(task));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<{ text: string; conflict: boolean } | null>(null);
  const [save, { loading }] = useMutation(UPDATE_TASK_MUTATION);
  const people = useQuery(
    ASSIGNABLE_USERS_QUERY,
    state.assigneeAgencyId ? { variables: { operationId: task.operation.id, agencyId: state.assigneeAgencyId } } : skipToken,
  );
  const set = <K extends keyof TaskEditState>(key: K, value: TaskEditState[K]) => setState((current) => ({ ...current, [key]: value }));
  // Only participating agencies are offered: a task whose agency left must move elsewhere.
  const agencyChoices = participatingAgencies;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const found = Object.fromEntries(Object.entries(validateTaskEdit(state)).map(([field, id]) => [field, _(id)]));
    if (task.assigneeLeft && state.assigneeAgencyId === task.assigneeAgency.id) {
      found['assigneeAgencyId'] = _('board.form.agencyLeft', { agency: task.assigneeAgency.acronym });
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const { input, changed } = taskEditInputFrom(state, task, endOfLocalDayIso);
    if (!changed) {
      setFormError({ text: _('board.form.nothingChanged'), conflict: false });
      return;
    }
    try {
      await save({ variables: { input } });
      onSaved();
    } catch (caught: unknown) {
      const code = apiErrorCode(caught);
      if (code === 'CONFLICT') {
        setFormError({
          text: translateRef(
            _,
            conflictMessage(conflictDetails(caught), (value) => labelFrom(_, TASK_STATUS_LABEL_IDS, value), (iso) => formatMoment(iso)),
          ),
          conflict: true,
        });
      } else {
        if (code === 'BAD_USER_INPUT') {
          setErrors(Object.fromEntries(Object.keys(invalidFields(caught, _)).map((field) => [field, _('board.form.invalidValue')])));
        }
        setFormError({ text: apiErrorText(_, apiErrorParts(caught), messageId('board.form.saveFailed')), conflict: false });
      }
    }
  };

  return (
    <form className="tf-form-grid" onSubmit={onSubmit} noValidate aria-label={_('board.task.edit')} data-testid="task-edit-form">
      <TextField
        label={_('board.list.title')}
        required
        maxLength={200}
        value={state.title}
        onChange={(event) => set('title', event.target.value)}
        error={errors['title']}
        fieldClassName="tf-form-grid__wide"
        data-testid="task-edit-title"
      />
      <TextAreaField
        label={_('board.form.description')}
        rows={3}
        value={state.description}
        onChange={(event) => set('description', event.target.value)}
        error={errors['description']}
        fieldClassName="tf-form-grid__wide"
        data-testid="task-edit-description"
      />
      <SelectField
        label={_('board.filter.priority')}
        options={Object.values(TaskPriority).map((value) => ({ value, label: labelFrom(_, PRIORITY_LABEL_IDS, value) }))}
        value={state.priority}
        onChange={(event) => set('priority', event.target.value as TaskPriority)}
        error={errors['priority']}
        data-testid="task-edit-priority"
      />
      <SelectField
        label={_('pillar.title')}
        options={Object.values(Pillar).map((value) => ({ value, label: labelFrom(_, PILLAR_LABEL_IDS, value) }))}
        value={state.pillar}
        onChange={(event) => set('pillar', event.target.value as Pillar)}
        error={errors['pillar']}
        data-testid="task-edit-pillar"
      />
      <TextField
        label={_('board.list.due')}
        type="date"
        value={state.dueDate}
        onChange={(event) => set('dueDate', event.target.value)}
        error={errors['dueAt']}
        hint={_('board.form.dueHint')}
        data-testid="task-edit-due-date"
      />
      <SelectField
        label={_('board.list.agency')}
        placeholder={task.assigneeLeft ? _('board.form.agencyLeftPlaceholder', { agency: task.assigneeAgency.acronym }) : undefined}
        options={agencyChoices.map((agency) => ({ value: agency.id, label: `${agency.acronym} — ${agency.name}` }))}
        value={task.assigneeLeft && state.assigneeAgencyId === task.assigneeAgency.id ? '' : state.assigneeAgencyId}
        onChange={(event) => setState((current) => ({ ...current, assigneeAgencyId: event.target.value, assigneeUserId: '' }))}
        error={errors['assigneeAgencyId']}
        data-testid="task-edit-agency"
      />
      <SelectField
        label={_('board.form.person')}
        placeholder={_('board.form.anyone')}
        options={(people.data?.assignableUsers ?? []).map((person) => ({ value: person.id, label: person.displayName }))}
        disabled={!state.assigneeAgencyId || people.loading}
        value={state.assigneeUserId}
        onChange={(event) => set('assigneeUserId', event.target.value)}
        error={errors['assigneeUserId'] ?? (people.error ? _('board.form.peopleFailed') : undefined)}
        data-testid="task-edit-user"
      />
      {formError && (
        <Alert className="tf-form-grid__wide" tone={formError.conflict ? 'warning' : 'error'} data-testid={formError.conflict ? 'task-edit-conflict' : 'task-edit-error'}>
          <p>{formError.text}</p>
          {formError.conflict && (
            <Button size="sm" className="tf-mt" onClick={onReload} data-testid="task-edit-reload">
              {_('board.form.closeAndReload')}
            </Button>
          )}
        </Alert>
      )}
      <div className="tf-form-grid__wide tf-form-actions tf-button-row">
        <Button variant="ghost" size="sm" onClick={onCancel} disabled={loading}>
          {_('board.form.cancel')}
        </Button>
        <Button type="submit" variant="primary" size="sm" busy={loading} data-testid="task-edit-submit">
          {_('board.form.save')}
        </Button>
      </div>
    </form>
  );
}
