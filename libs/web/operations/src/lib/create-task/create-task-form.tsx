import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { Pillar, Role, TaskPriority } from '@taskforce/domain';
import {
  apiErrorCode,
  apiErrorParts,
  apiErrorText,
  ASSIGNABLE_USERS_QUERY,
  CREATE_TASK_MUTATION,
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
  countryName,
  endOfLocalDayIso,
  formatList,
  todayInputValue,
  labelFrom,
  messageId,
  PILLAR_LABEL_IDS,
  ROLE_LABEL_IDS,
  SelectField,
  TextAreaField,
  TextField,
  useLingui,
  useToast,
  type SelectOption,
} from '@taskforce/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { PRIORITY_LABEL_IDS, translateRef, type Translate } from '../board/board-labels';
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

function agencyOption(_: Translate, agency: AgencySummary): SelectOption {
  const where = agency.country ? countryName(agency.country) : _('board.form.international');
  return { value: agency.id, label: `${agency.acronym} — ${agency.name} (${where})` };
}

/** Checks what the browser can check before asking the server; returns a message per invalid field. */
function validate(_: Translate, values: FormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const title = values.title.trim();
  if (!title) errors['title'] = _('board.form.titleMissing');
  else if (title.length < 3) errors['title'] = _('board.form.titleShort');
  if (!values.assigneeAgencyId) errors['assigneeAgencyId'] = _('board.form.agencyMissing');
  if (!values.pillar) errors['pillar'] = _('board.form.pillarMissing');
  return errors;
}

/**
 * The coordinator's form to create a task and assign it to a participating agency (and optionally one of its
 * people); the server notifies the assignee person and the agency's liaison officers. Each submission carries an
 * idempotency key, kept while the same values are retried, so a retry never creates the task twice.
 */
export function CreateTaskForm({ operationId, participatingAgencies, onCreated, framed = true }: CreateTaskFormProps) {
  const { _ } = useLingui();
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
    label:
      user.roles.length > 0
        ? _('board.form.personWithRoles', { name: user.displayName, roles: formatList(user.roles.map((role) => labelFrom(_, ROLE_LABEL_IDS, role)), 'unit') })
        : user.displayName,
  }));

  const liaisonNames = (assignable.data?.assignableUsers ?? [])
    .filter((person) => person.roles.includes(Role.LIAISON_OFFICER) && person.id !== viewer?.id)
    .map((person) => person.displayName);
  const notifiedHint = !values.assigneeAgencyId || !assignable.data
    ? _('board.form.notifiedHint')
    : liaisonNames.length > 0
      ? _('board.form.notifiedEitherWay', { names: formatList(liaisonNames), count: liaisonNames.length })
      : _('board.form.noLiaison');

  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const errors = validate(_, values);
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
        title: _('board.created.title'),
        body: _('board.created.body', {
          title: task.title,
          agency: task.assigneeAgency.acronym,
          notified: translateRef(
            _,
            describeWhoIsNotified(
              task.assigneeAgency.acronym,
              assignee ?? (task.assigneeUser ? { id: task.assigneeUser.id, displayName: task.assigneeUser.displayName } : null),
              assignable.error || task.assigneeAgency.id !== values.assigneeAgencyId ? undefined : people,
              viewer?.id,
            ),
          ),
        }),
      });
      setValues(EMPTY_VALUES);
      onCreated(task);
    } catch (caught: unknown) {
      if (apiErrorCode(caught) === 'BAD_USER_INPUT') {
        setFieldErrors(Object.fromEntries(Object.keys(invalidFields(caught, _)).map((field) => [field, _('board.form.invalidValue')])));
        focusFirstInvalid();
      }
      setFormError(apiErrorText(_, apiErrorParts(caught), messageId('board.form.createFailed')));
    }
  };

  const form = (
      <form ref={formRef} className="tf-form-grid" onSubmit={onSubmit} noValidate data-testid="create-task-form" aria-label={_('board.form.newTitle')}>
        <TextField
          label={_('board.list.title')}
          required
          maxLength={200}
          value={values.title}
          onChange={(event) => set('title', event.target.value)}
          error={fieldErrors['title']}
          fieldClassName="tf-form-grid__wide"
          data-testid="task-title"
        />
        <TextAreaField
          label={_('board.form.description')}
          rows={3}
          value={values.description}
          onChange={(event) => set('description', event.target.value)}
          error={fieldErrors['description']}
          hint={_('board.form.descriptionHint')}
          fieldClassName="tf-form-grid__wide"
          data-testid="task-description"
        />
        <SelectField
          label={_('board.list.agency')}
          required
          placeholder={_('board.form.chooseAgency')}
          options={participatingAgencies.map((agency) => agencyOption(_, agency))}
          value={values.assigneeAgencyId}
          onChange={(event) => setValues((current) => ({ ...current, assigneeAgencyId: event.target.value, assigneeUserId: '' }))}
          error={fieldErrors['assigneeAgencyId']}
          data-testid="task-assignee-agency"
        />
        <SelectField
          label={_('board.form.person')}
          placeholder={values.assigneeAgencyId ? _('board.form.anyone') : _('board.form.agencyFirst')}
          options={personOptions}
          disabled={!values.assigneeAgencyId || assignable.loading}
          value={values.assigneeUserId}
          onChange={(event) => set('assigneeUserId', event.target.value)}
          error={fieldErrors['assigneeUserId'] ?? (assignable.error ? _('board.form.peopleFailed') : undefined)}
          hint={notifiedHint}
          data-testid="task-assignee-user"
        />
        <SelectField
          label={_('pillar.title')}
          required
          placeholder={_('board.form.choosePillar')}
          options={Object.values(Pillar).map((pillar) => ({ value: pillar, label: labelFrom(_, PILLAR_LABEL_IDS, pillar) }))}
          value={values.pillar}
          onChange={(event) => set('pillar', event.target.value)}
          error={fieldErrors['pillar']}
          data-testid="task-pillar"
        />
        <SelectField
          label={_('board.filter.priority')}
          required
          options={Object.values(TaskPriority).map((priority) => ({ value: priority, label: labelFrom(_, PRIORITY_LABEL_IDS, priority) }))}
          value={values.priority}
          onChange={(event) => set('priority', event.target.value as TaskPriority)}
          error={fieldErrors['priority']}
          data-testid="task-priority"
        />
        <TextField
          label={_('board.list.due')}
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
            {_('board.form.create')}
          </Button>
        </div>
      </form>
  );
  return framed ? (
    <Card title={_('board.form.newTitle')} headingLevel={2} className="tf-create-task">
      {form}
    </Card>
  ) : (
    form
  );
}
