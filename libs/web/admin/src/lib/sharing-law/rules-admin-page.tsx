import './sharing-law-admin.css';
import { useMutation, useQuery } from '@apollo/client/react';
import { Role } from '@taskforce/domain';
import { describeApiError, useViewer } from '@taskforce/web-data-access';
import { Alert, Badge, Button, Card, Drawer, EmptyState, formatDateTime, LoadingState } from '@taskforce/web-ui';
import { useState } from 'react';
import { RuleForm } from './rule-form';
import { JURISDICTION_RULES_QUERY, RETIRE_RULE_MUTATION, type RuleData, type RuleVersionData } from './sharing-law.documents';
import { RULE_FLOW_LABELS } from './sharing-law-forms';

/** "from 2025-01-01 to 2025-12-31", "always". */
function period(v: RuleVersionData): string {
  if (!v.effectiveFrom && !v.effectiveTo) return 'always';
  return `${v.effectiveFrom ? `from ${v.effectiveFrom}` : 'until'} ${v.effectiveTo ? `${v.effectiveFrom ? 'to ' : ''}${v.effectiveTo}` : '(open-ended)'}`;
}

/** One version's details: period, flows, scope, condition and filter as written. */
function VersionFacts({ version }: { version: RuleVersionData }) {
  return (
    <dl className="tf-facts tf-facts--two">
      <div>
        <dt>Effective</dt>
        <dd>{period(version)}</dd>
      </div>
      <div>
        <dt>Flows</dt>
        <dd>{version.flows.map((f) => RULE_FLOW_LABELS[f]).join(', ')}</dd>
      </div>
      <div>
        <dt>Scope</dt>
        <dd>
          <code>{version.scopeJson}</code>
        </dd>
      </div>
      <div>
        <dt>Condition</dt>
        <dd>
          <code>{version.conditionJson}</code>
        </dd>
      </div>
      {version.whenJson && (
        <div>
          <dt>When</dt>
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

  const onRetire = async (rule: RuleData) => {
    if (!window.confirm(`Retire rule ${rule.id}? Its versions are kept; it stops applying now.`)) return;
    try {
      await retire({ variables: { id: rule.id, expectedVersion: rule.currentVersion } });
    } catch {
      // Shown from `retiring.error`.
    }
    refresh();
  };

  const rules = data?.jurisdictionRules ?? [];
  return (
    <div className="tf-page" data-testid="rules-admin-page">
      <div className="tf-page__heading">
        <p className="tf-eyebrow">Sharing law</p>
        <h1 className="tf-page__title">Jurisdiction rules</h1>
        <p className="tf-muted">A country's or agency kind's conditions on data leaving or entering it. Decisions cite the rule id, version and text.</p>
      </div>
      {isAdmin && (
        <div className="tf-form-actions">
          <Button variant="primary" onClick={() => setEditing('new')} data-testid="new-rule">
            New rule
          </Button>
        </div>
      )}
      {error && !data && <Alert>{describeApiError(error, 'The rules cannot be loaded right now.')}</Alert>}
      {retiring.error && <Alert>{describeApiError(retiring.error, 'The rule could not be retired.')}</Alert>}
      {!data && loading && <LoadingState label="Loading rules…" />}
      {data && rules.length === 0 && <EmptyState>No jurisdiction rules are recorded.</EmptyState>}
      <ul className="tf-lead-list" aria-label="Jurisdiction rules">
        {rules.map((rule) => (
          <li key={rule.id}>
            <Card
              as="article"
              title={`${rule.id} · version ${rule.currentVersion}`}
              headingLevel={2}
              data-testid="rule-item"
              data-rule-id={rule.id}
              actions={
                <>
                  {rule.retired ? <Badge tone="neutral">Retired</Badge> : rule.current.inEffect ? <Badge tone="success">In effect</Badge> : <Badge tone="info">Not in effect now</Badge>}
                  {isAdmin && (
                    <>
                      <Button size="sm" onClick={() => setEditing(rule)} data-testid="revise-rule">
                        New version
                      </Button>
                      {!rule.retired && (
                        <Button size="sm" variant="danger" onClick={() => onRetire(rule)} busy={retiring.loading} data-testid="retire-rule">
                          Retire
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
                  <summary>History ({rule.versions.length} versions)</summary>
                  <ol className="tf-stack" reversed>
                    {rule.versions.map((v) => (
                      <li key={v.version} data-testid="rule-version">
                        <strong>Version {v.version}</strong> <span className="tf-small tf-muted">written {formatDateTime(v.createdAt)}</span>
                        {v.retiredAt && <span className="tf-small tf-muted"> · retired {formatDateTime(v.retiredAt)}</span>}
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
        <Drawer title={editing === 'new' ? 'New jurisdiction rule' : `New version of ${editing.id}`} onClose={() => setEditing(null)}>
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
