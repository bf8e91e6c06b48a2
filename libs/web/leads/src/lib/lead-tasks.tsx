import { useMutation, useQuery } from '@apollo/client/react';
import {
  apiErrorParts,
  apiErrorText,
  LEAD_LINKABLE_TASKS_QUERY,
  LINK_TASK_TO_LEAD_MUTATION,
  UNLINK_TASK_FROM_LEAD_MUTATION,
  type LeadDetailData,
} from '@taskforce/web-data-access';
import { Alert, Button, Card, EmptyState, labelFrom, Link, messageId, pathTo, SelectField, TASK_STATUS_LABEL_IDS, useLingui } from '@taskforce/web-ui';
import { useState } from 'react';

/**
 * The tasks acting on a lead (only those of joint operations the viewer's agency takes part in: the server filters),
 * and for a coordinator of the lead's operation a way to link one of its tasks, or to remove a link.
 */
export function LinkedTasks({ lead, onChanged }: { lead: LeadDetailData; onChanged: () => void }) {
  const { _ } = useLingui();
  const operationId = lead.operation?.id ?? '';
  const linkable = useQuery(LEAD_LINKABLE_TASKS_QUERY, { variables: { operationId }, skip: !operationId, fetchPolicy: 'cache-and-network' });
  const [link, linking] = useMutation(LINK_TASK_TO_LEAD_MUTATION);
  const [unlink, unlinking] = useMutation(UNLINK_TASK_FROM_LEAD_MUTATION);
  const [taskId, setTaskId] = useState('');
  const coordinates = linkable.data?.operation.viewerIsCoordinator ?? false;
  const linkedIds = new Set(lead.linkedTasks.map((task) => task.id));
  const candidates = (linkable.data?.tasks ?? []).filter((task) => !linkedIds.has(task.id));

  const onLink = async () => {
    if (!taskId) return;
    try {
      await link({ variables: { input: { taskId, leadId: lead.id } } });
      setTaskId('');
      onChanged();
    } catch {
      // Shown from `linking.error`.
    }
  };

  const onUnlink = async (id: string) => {
    try {
      await unlink({ variables: { taskId: id } });
      onChanged();
    } catch {
      // Shown from `unlinking.error`.
    }
  };

  const error = linking.error ?? unlinking.error;
  return (
    <Card title={_('lead.tasks.title')} headingLevel={2} data-testid="lead-linked-tasks">
      {error && <Alert>{apiErrorText(_, apiErrorParts(error), messageId('lead.tasks.changeFailed'))}</Alert>}
      {lead.linkedTasks.length === 0 ? (
        <EmptyState>{_('lead.tasks.none')}</EmptyState>
      ) : (
        <ul>
          {lead.linkedTasks.map((task) => (
            <li key={task.id} data-testid="linked-task">
              <strong>{task.title}</strong>{' '}
              <span className="tf-muted tf-small">
                {labelFrom(_, TASK_STATUS_LABEL_IDS, task.status).toLocaleLowerCase()} ·{' '}
                <Link to={pathTo('operation', { id: task.operation.id })}>{task.operation.name}</Link>
              </span>
              {coordinates && task.operation.id === operationId && (
                <>
                  {' '}
                  <Button size="sm" onClick={() => void onUnlink(task.id)} busy={unlinking.loading} data-testid="unlink-task">
                    {_('lead.tasks.unlink')}
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {coordinates && candidates.length > 0 && (
        <div className="tf-form-actions">
          <SelectField
            label={_('lead.tasks.linkLabel')}
            placeholder={_('lead.tasks.choose')}
            value={taskId}
            onChange={(event) => setTaskId(event.currentTarget.value)}
            options={candidates.map((task) => ({ value: task.id, label: task.title }))}
            data-testid="link-task-select"
          />
          <Button onClick={() => void onLink()} busy={linking.loading} disabled={!taskId} data-testid="link-task">
            {_('lead.tasks.link')}
          </Button>
        </div>
      )}
    </Card>
  );
}
