import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { Pillar, TaskPriority } from '@taskforce/domain';
import {
  apiErrorCode,
  ASSIGNABLE_USERS_QUERY,
  conflictDetails,
  describeApiError,
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
  labelOf,
  PILLAR_LABELS,
  PRIORITY_LABELS,
  SelectField,
  TASK_STATUS_LABELS,
  TextAreaField,
  TextField,
} from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';
import { plainFieldMessages } from '../operation-form/plain-field-messages';
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
    const found = validateTaskEdit(state);
    if (task.assigneeLeft && state.assigneeAgencyId === task.assigneeAgency.id) {
      found['assigneeAgencyId'] = `${task.assigneeAgency.acronym} no longer takes part: choose a participating agency.`;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const { input, changed } = taskEditInputFrom(state, task, endOfLocalDayIso);
    if (!changed) {
      setFormError({ text: 'Nothing changed.', conflict: false });
      return;
    }
    try {
      await save({ variables: { input } });
      onSaved();
    } catch (caught: unknown) {
      const code = apiErrorCode(caught);
      if (code === 'CONFLICT') {
        setFormError({
          text: conflictMessage(conflictDetails(caught), (value) => labelOf(TASK_STATUS_LABELS, value), (iso) => formatMoment(iso)),
          conflict: true,
        });
      } else {
        if (code === 'BAD_USER_INPUT') setErrors(plainFieldMessages(invalidFields(caught)));
        setFormError({ text: describeApiError(caught, 'The task could not be saved. Please try again.'), conflict: false });
      }
    }
  };

  return (
    <form className="tf-form-grid" onSubmit={onSubmit} noValidate aria-label="Edit task" data-testid="task-edit-form">
      <TextField
        label="Title"
        required
        maxLength={200}
        value={state.title}
        onChange={(event) => set('title', event.target.value)}
        error={errors['title']}
        fieldClassName="tf-form-grid__wide"
        data-testid="task-edit-title"
      />
      <TextAreaField
        label="Description"
        rows={3}
        value={state.description}
        onChange={(event) => set('description', event.target.value)}
        error={errors['description']}
        fieldClassName="tf-form-grid__wide"
        data-testid="task-edit-description"
      />
      <SelectField
        label="Priority"
        options={Object.values(TaskPriority).map((value) => ({ value, label: labelOf(PRIORITY_LABELS, value) }))}
        value={state.priority}
        onChange={(event) => set('priority', event.target.value as TaskPriority)}
        error={errors['priority']}
        data-testid="task-edit-priority"
      />
      <SelectField
        label="4P pillar"
        options={Object.values(Pillar).map((value) => ({ value, label: labelOf(PILLAR_LABELS, value) }))}
        value={state.pillar}
        onChange={(event) => set('pillar', event.target.value as Pillar)}
        error={errors['pillar']}
        data-testid="task-edit-pillar"
      />
      <TextField
        label="Due date"
        type="date"
        value={state.dueDate}
        onChange={(event) => set('dueDate', event.target.value)}
        error={errors['dueAt']}
        hint="Empty for no due date."
        data-testid="task-edit-due-date"
      />
      <SelectField
        label="Assignee agency"
        placeholder={task.assigneeLeft ? `${task.assigneeAgency.acronym} (left) — choose another` : undefined}
        options={agencyChoices.map((agency) => ({ value: agency.id, label: `${agency.acronym} — ${agency.name}` }))}
        value={task.assigneeLeft && state.assigneeAgencyId === task.assigneeAgency.id ? '' : state.assigneeAgencyId}
        onChange={(event) => setState((current) => ({ ...current, assigneeAgencyId: event.target.value, assigneeUserId: '' }))}
        error={errors['assigneeAgencyId']}
        data-testid="task-edit-agency"
      />
      <SelectField
        label="Assignee person (optional)"
        placeholder="Anyone in the agency"
        options={(people.data?.assignableUsers ?? []).map((person) => ({ value: person.id, label: person.displayName }))}
        disabled={!state.assigneeAgencyId || people.loading}
        value={state.assigneeUserId}
        onChange={(event) => set('assigneeUserId', event.target.value)}
        error={errors['assigneeUserId'] ?? (people.error ? 'The agency’s people cannot be listed right now.' : undefined)}
        data-testid="task-edit-user"
      />
      {formError && (
        <Alert className="tf-form-grid__wide" tone={formError.conflict ? 'warning' : 'error'} data-testid={formError.conflict ? 'task-edit-conflict' : 'task-edit-error'}>
          <p>{formError.text}</p>
          {formError.conflict && (
            <Button size="sm" className="tf-mt" onClick={onReload} data-testid="task-edit-reload">
              Close and load the latest version
            </Button>
          )}
        </Alert>
      )}
      <div className="tf-form-grid__wide tf-form-actions tf-button-row">
        <Button variant="ghost" size="sm" onClick={onCancel} disabled={loading}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" size="sm" busy={loading} data-testid="task-edit-submit">
          Save task
        </Button>
      </div>
    </form>
  );
}
