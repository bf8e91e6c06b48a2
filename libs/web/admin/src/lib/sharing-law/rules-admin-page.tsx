import './sharing-law-admin.css';
import { useMutation, useQuery } from '@apollo/client/react';
import { Role } from '@taskforce/domain';
import { apiErrorParts, apiErrorText, useViewer } from '@taskforce/web-data-access';
import { Alert, Badge, Button, Card, Drawer, EmptyState, formatDateTime, formatList, labelFrom, LoadingState, messageId, useCatalogue, useLingui, type Translate } from '@taskforce/web-ui';
import { useState } from 'react';
import { RuleForm } from './rule-form';
import { JURISDICTION_RULES_QUERY, RETIRE_RULE_MUTATION, type RuleData, type RuleVersionData } from './sharing-law.documents';
import { RULE_FLOW_LABELS } from './sharing-law-forms';


/** "from 2025-01-01 to 2025-12-31", "until 2025-12-31", "from 2025-01-01 (open-ended)", "always", in the shown language. */
function period(_: Translate, v: RuleVersionData): string {
  if (v.effectiveFrom && v.effectiveTo) return _('rules.period.fromTo', { from: v.effectiveFrom, to: v.effectiveTo });
  if (v.effectiveFrom) return _('rules.period.from', { from: v.effectiveFrom });
  if (v.effectiveTo) return _('rules.period.until', { to: v.effectiveTo });
  return _('rules.period.always');
}

/** One version's details: period, flows, scope, condition and filter as written. */
function VersionFacts({ version }: { version: RuleVersionData }) {
  const { _ } = useLingui();
  return (
    <dl className="tf-facts tf-facts--two">
      <div>
        <dt>{_('rules.effective')}</dt>
        <dd>{period(_, version)}</dd>
      </div>
      <div>
        <dt>{_('rules.flows')}</dt>
        <dd>{formatList(version.flows.map((f) => labelFrom(_, RULE_FLOW_LABELS, f)), 'unit')}</dd>
      </div>
      <div>
        <dt>{_('rules.scopeTerm')}</dt>
        <dd>
          <code>{version.scopeJson}</code>
        </dd>
      </div>
      <div>
        <dt>{_('rules.conditionTerm')}</dt>
        <dd>
          <code>{version.conditionJson}</code>
        </dd>
      </div>
      {version.whenJson && (
        <div>
          <dt>{_('rules.whenTerm')}</dt>
          <dd>
            <code>{version.whenJson}</code>
          </dd>
        </div>
      )}
    </dl>
  );
}

/**
 * Jurisdiction rules (/admin/rules): each rule with its current version, text and history; platform admins
 * create rules, write new versions and retire rules. Versions are never overwritten.
 */
export function RulesAdminPage() {
  const viewer = useViewer();
  const isAdmin = viewer?.roles.includes(Role.PLATFORM_ADMIN) ?? false;
  const { data, loading, error, refetch } = useQuery(JURISDICTION_RULES_QUERY, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<RuleData | 'new' | null>(null);
  const [retire, retiring] = useMutation(RETIRE_RULE_MUTATION);
  const refresh = () => void refetch().catch(() => undefined);
  const { _ } = useLingui();
  const catalogueReady = useCatalogue('admin');

  const onRetire = async (rule: RuleData) => {
    if (!window.confirm(_('rules.retireConfirm', { id: rule.id }))) return;
    try {
      await retire({ variables: { id: rule.id, expectedVersion: rule.currentVersion } });
    } catch {
      // Shown from `retiring.error`.
    }
    refresh();
  };

  const rules = data?.jurisdictionRules ?? [];
  if (!catalogueReady) return <LoadingState />;
  return (
    <div className="tf-page" data-testid="rules-admin-page">
      <div className="tf-page__heading">
        <p className="tf-eyebrow">{_('sharingLaw.eyebrow')}</p>
        <h1 className="tf-page__title">{_('rules.title')}</h1>
        <p className="tf-muted">{_('rules.intro')}</p>
      </div>
      {isAdmin && (
        <div className="tf-form-actions">
          <Button variant="primary" onClick={() => setEditing('new')} data-testid="new-rule">
            {_('rules.new')}
          </Button>
        </div>
      )}
      {error && !data && <Alert>{apiErrorText(_, apiErrorParts(error), messageId('rules.loadFailed'))}</Alert>}
      {retiring.error && <Alert>{apiErrorText(_, apiErrorParts(retiring.error), messageId('rules.retireFailed'))}</Alert>}
      {!data && loading && <LoadingState label={_('rules.loading')} />}
      {data && rules.length === 0 && <EmptyState>{_('rules.none')}</EmptyState>}
      <ul className="tf-lead-list" aria-label={_('rules.title')}>
        {rules.map((rule) => (
          <li key={rule.id}>
            <Card
              as="article"
              title={_('rules.cardTitle', { id: rule.id, version: rule.currentVersion })}
              headingLevel={2}
              data-testid="rule-item"
              data-rule-id={rule.id}
              actions={
                <>
                  {rule.retired ? <Badge tone="neutral">{_('rules.retired')}</Badge> : rule.current.inEffect ? <Badge tone="success">{_('rules.inEffect')}</Badge> : <Badge tone="info">{_('rules.notInEffect')}</Badge>}
                  {isAdmin && (
                    <>
                      <Button size="sm" onClick={() => setEditing(rule)} data-testid="revise-rule">
                        {_('rules.newVersion')}
                      </Button>
                      {!rule.retired && (
                        <Button size="sm" variant="danger" onClick={() => onRetire(rule)} busy={retiring.loading} data-testid="retire-rule">
                          {_('rules.retire')}
                        </Button>
                      )}
                    </>
                  )}
                </>
              }
            >
              <p data-testid="rule-text">{rule.current.text}</p>
              <VersionFacts version={rule.current} />
              {rule.versions.length > 1 && (
                <details>
                  <summary>{_('rules.history', { count: rule.versions.length })}</summary>
                  <ol className="tf-stack" reversed>
                    {rule.versions.map((v) => (
                      <li key={v.version} data-testid="rule-version">
                        <strong>{_('rules.version', { version: v.version })}</strong> <span className="tf-small tf-muted">{_('rules.written', { at: formatDateTime(v.createdAt) })}</span>
                        {v.retiredAt && <span className="tf-small tf-muted"> · {_('rules.retiredAt', { at: formatDateTime(v.retiredAt) })}</span>}
                        <p className="tf-small">{v.text}</p>
                        <VersionFacts version={v} />
                      </li>
                    ))}
                  </ol>
                </details>
              )}
            </Card>
          </li>
        ))}
      </ul>
      {isAdmin && editing && (
        <Drawer title={editing === 'new' ? _('rules.newTitle') : _('rules.newVersionOf', { id: editing.id })} onClose={() => setEditing(null)}>
          <RuleForm
            key={editing === 'new' ? 'new' : `${editing.id}:${editing.currentVersion}`}
            rule={editing === 'new' ? undefined : editing}
            onDone={() => {
              setEditing(null);
              refresh();
            }}
          />
        </Drawer>
      )}
    </div>
  );
}
