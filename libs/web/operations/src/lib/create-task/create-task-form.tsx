import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { Pillar, Role, TaskPriority } from '@taskforce/domain';
import {
  apiErrorCode,
  ASSIGNABLE_USERS_QUERY,
  CREATE_TASK_MUTATION,
  describeApiError,
  invalidFields,
  useSubmissionKeys,
  useViewer,
  type AgencySummary,
  type TaskCardData,
} from '@taskforce/web-data-access';
import {
  Alert,
  Button,
  Card,
  endOfLocalDayIso,
  todayInputValue,
  labelOf,
  PILLAR_LABELS,
  PRIORITY_LABELS,
  ROLE_LABELS,
  SelectField,
  TextAreaField,
  TextField,
  useToast,
  type SelectOption,
} from '@taskforce/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { describeWhoIsNotified } from './who-is-notified';

interface CreateTaskFormProps {
  operationId: string;
  participatingAgencies: readonly AgencySummary[];
  /** Called with the new task once the server has created it. */
  onCreated: (task: TaskCardData) => void;
  /** False inside a panel that has its own heading: the form alone, without its card. */
  framed?: boolean;
}

interface FormValues {
  title: string;
  description: string;
  assigneeAgencyId: string;
  assigneeUserId: string;
  pillar: string;
  priority: TaskPriority;
  dueDate: string;
}

const EMPTY_VALUES: FormValues = {
  title: '',
  description: '',
  assigneeAgencyId: '',
  assigneeUserId: '',
  pillar: '',
  priority: TaskPriority.MEDIUM,
  dueDate: '',
};

const PILLAR_OPTIONS: SelectOption[] = Object.values(Pillar).map((pillar) => ({
  value: pillar,
  label: labelOf(PILLAR_LABELS, pillar),
}));

const PRIORITY_OPTIONS: SelectOption[] = Object.values(TaskPriority).map((priority) => ({
  value: priority,
  label: labelOf(PRIORITY_LABELS, priority),
}));

function agencyOption(agency: AgencySummary): SelectOption {
  const where = agency.countryName ?? agency.country ?? 'International';
  return { value: agency.id, label: `${agency.acronym} — ${agency.name} (${where})` };
}

/** Checks what the browser can check before asking the server; returns a message per invalid field. */
function validate(values: FormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const title = values.title.trim();
  if (!title) errors['title'] = 'Give the task a title.';
  else if (title.length < 3) errors['title'] = 'The title needs at least 3 characters.';
  if (!values.assigneeAgencyId) errors['assigneeAgencyId'] = 'Choose the agency that will do the task.';
  if (!values.pillar) errors['pillar'] = 'Choose the 4P pillar this task serves.';
  return errors;
}

/**
 * The coordinator's form to create a task and assign it to a participating agency (and optionally one of its
 * people); the server notifies the assignee person and the agency's liaison officers. Each submission carries an
 * idempotency key, kept while the same values are retried, so a retry never creates the task twice.
 */
export function CreateTaskForm({ operationId, participatingAgencies, onCreated, framed = true }: CreateTaskFormProps) {
  const [values, setValues] = useState<FormValues>(EMPTY_VALUES);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [createTask, { loading }] = useMutation(CREATE_TASK_MUTATION);
  const toast = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  const submissionKeys = useSubmissionKeys();
  const viewer = useViewer();

  /** Moves focus to the first field marked invalid, once React has rendered the messages. */
  const focusFirstInvalid = () =>
    window.requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const assignable = useQuery(
    ASSIGNABLE_USERS_QUERY,
    values.assigneeAgencyId ? { variables: { operationId, agencyId: values.assigneeAgencyId } } : skipToken,
  );
  const personOptions: SelectOption[] = (assignable.data?.assignableUsers ?? []).map((user) => ({
    value: user.id,
    label: user.roles.length > 0 ? `${user.displayName} (${user.roles.map((role) => labelOf(ROLE_LABELS, role)).join(', ')})` : user.displayName,
  }));

  const liaisonNames = (assignable.data?.assignableUsers ?? [])
    .filter((person) => person.roles.includes(Role.LIAISON_OFFICER) && person.id !== viewer?.id)
    .map((person) => person.displayName);
  const notifiedHint = !values.assigneeAgencyId || !assignable.data
    ? 'The assignee person, if any, and the agency’s liaison officers are notified.'
    : liaisonNames.length > 0
      ? `Notified either way: ${liaisonNames.join(', ')} (liaison officer${liaisonNames.length > 1 ? 's' : ''}).`
      : 'This agency has no liaison officer here: choose a person so that someone is notified.';

  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const errors = validate(values);
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) {
      focusFirstInvalid();
      return;
    }
    const input = {
      operationId,
      title: values.title.trim(),
      description: values.description.trim() || null,
      assigneeAgencyId: values.assigneeAgencyId,
      assigneeUserId: values.assigneeUserId || null,
      pillar: values.pillar as Pillar,
      priority: values.priority,
      dueAt: endOfLocalDayIso(values.dueDate),
    };
    // Read before the form is reset: who the server told, from the people listed for the chosen agency.
    const people = assignable.data?.assignableUsers;
    const assignee = people?.find((person) => person.id === input.assigneeUserId) ?? null;
    try {
      const result = await createTask({
        variables: { input: { ...input, idempotencyKey: submissionKeys.keyFor(input) } },
      });
      const task = result.data?.createTask;
      if (!task) return;
      submissionKeys.succeeded();
      toast.show({
        tone: 'success',
        title: 'Task created',
        body: `“${task.title}” is assigned to ${task.assigneeAgency.acronym}. ${describeWhoIsNotified(
          task.assigneeAgency.acronym,
          assignee ?? (task.assigneeUser ? { id: task.assigneeUser.id, displayName: task.assigneeUser.displayName } : null),
          assignable.error || task.assigneeAgency.id !== values.assigneeAgencyId ? undefined : people,
          viewer?.id,
        )}`,
      });
      setValues(EMPTY_VALUES);
      onCreated(task);
    } catch (caught: unknown) {
      if (apiErrorCode(caught) === 'BAD_USER_INPUT') {
        setFieldErrors(invalidFields(caught));
        focusFirstInvalid();
      }
      setFormError(describeApiError(caught, 'The task could not be created. Please try again.'));
    }
  };

  const form = (
      <form ref={formRef} className="tf-form-grid" onSubmit={onSubmit} noValidate data-testid="create-task-form" aria-label="Assign a new task">
        <TextField
          label="Title"
          required
          maxLength={200}
          value={values.title}
          onChange={(event) => set('title', event.target.value)}
          error={fieldErrors['title']}
          fieldClassName="tf-form-grid__wide"
          data-testid="task-title"
        />
        <TextAreaField
          label="Description"
          rows={3}
          value={values.description}
          onChange={(event) => set('description', event.target.value)}
          error={fieldErrors['description']}
          hint="What needs doing, by whom, and any handling restrictions."
          fieldClassName="tf-form-grid__wide"
          data-testid="task-description"
        />
        <SelectField
          label="Assignee agency"
          required
          placeholder="Choose a participating agency"
          options={participatingAgencies.map(agencyOption)}
          value={values.assigneeAgencyId}
          onChange={(event) => setValues((current) => ({ ...current, assigneeAgencyId: event.target.value, assigneeUserId: '' }))}
          error={fieldErrors['assigneeAgencyId']}
          data-testid="task-assignee-agency"
        />
        <SelectField
          label="Assignee person (optional)"
          placeholder={values.assigneeAgencyId ? 'Anyone in the agency' : 'Choose an agency first'}
          options={personOptions}
          disabled={!values.assigneeAgencyId || assignable.loading}
          value={values.assigneeUserId}
          onChange={(event) => set('assigneeUserId', event.target.value)}
          error={fieldErrors['assigneeUserId'] ?? (assignable.error ? 'The agency’s people cannot be listed right now.' : undefined)}
          hint={notifiedHint}
          data-testid="task-assignee-user"
        />
        <SelectField
          label="4P pillar"
          required
          placeholder="Choose a pillar"
          options={PILLAR_OPTIONS}
          value={values.pillar}
          onChange={(event) => set('pillar', event.target.value)}
          error={fieldErrors['pillar']}
          data-testid="task-pillar"
        />
        <SelectField
          label="Priority"
          required
          options={PRIORITY_OPTIONS}
          value={values.priority}
          onChange={(event) => set('priority', event.target.value as TaskPriority)}
          error={fieldErrors['priority']}
          data-testid="task-priority"
        />
        <TextField
          label="Due date"
          type="date"
          min={todayInputValue()}
          value={values.dueDate}
          onChange={(event) => set('dueDate', event.target.value)}
          error={fieldErrors['dueAt']}
          data-testid="task-due-date"
        />
        {formError && (
          <Alert className="tf-form-grid__wide" data-testid="create-task-error">
            {formError}
          </Alert>
        )}
        <div className="tf-form-grid__wide tf-form-actions">
          <Button type="submit" variant="primary" busy={loading} data-testid="create-task-submit">
            Create and assign task
          </Button>
        </div>
      </form>
  );
  return framed ? (
    <Card title="Assign a new task" headingLevel={2} className="tf-create-task">
      {form}
    </Card>
  ) : (
    form
  );
}
