import { Badge, useLingui } from '@taskforce/web-ui';

/** "Assignee left": the assignee agency no longer takes part; a coordinator reassigns or cancels the task. */
export function AssigneeLeftBadge() {
  const { _ } = useLingui();
  return (
    <Badge tone="warning" data-testid="assignee-left" title={_('board.assigneeLeft.title')}>
      {_('board.assigneeLeft')}
    </Badge>
  );
}
