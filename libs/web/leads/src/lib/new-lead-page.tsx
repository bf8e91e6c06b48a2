import { useMutation, useQuery } from '@apollo/client/react';
import {
  DATA_CATEGORY_ORDER,
  DataCategory,
  FormOfExploitation,
  HandlingCode,
  isLeadWriter,
  SourceReliability,
  TLP_ORDER,
  TlpLabel,
  tlpMarking,
} from '@taskforce/domain';
import {
  AGENCIES_QUERY,
  apiErrorCode,
  apiErrorParts,
  apiErrorText,
  CREATE_LEAD_MUTATION,
  invalidFields,
  LEAD_FORM_OPERATIONS_QUERY,
  useViewer,
  type InformationCredibility as InformationCredibilityName,
  type RouteRole,
} from '@taskforce/web-data-access';
import {
  Alert,
  Button,
  Card,
  FORM_OF_EXPLOITATION_LABEL_IDS,
  Link,
  LoadingState,
  messageId,
  pathTo,
  SelectField,
  TextAreaField,
  TextField,
  toggleChoice,
  useCatalogue,
  useLingui,
  useNavigate,
} from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';
import {
  credibilityDigit,
  emptyLeadForm,
  formFieldsFrom,
  INFORMATION_CREDIBILITY_NAMES,
  leadInputFrom,
  missingRequired,
  openOperations,
  placedFieldNames,
  unplacedMessages,
  type LeadFormState,
  type RouteStopForm,
} from './lead-form';
import { HANDLING_CODE_TEXT_IDS, INFORMATION_CREDIBILITY_LABEL_IDS, ROUTE_ROLE_NAME_IDS, SOURCE_RELIABILITY_LABEL_IDS } from './lead-form-labels';
import { PersonsCard } from './lead-form-persons';
import { DATA_CATEGORY_LABEL_IDS } from './lead-messages';

const FORMS = Object.values(FormOfExploitation);
const RELIABILITIES = Object.values(SourceReliability);
const HANDLING_CODES = Object.values(HandlingCode);
const ROUTE_ROLES = Object.keys(ROUTE_ROLE_NAME_IDS) as RouteRole[];

/**
 * The new-lead form (/leads/new): every field `createLead` takes, and optionally the joint operation the lead
 * belongs to (operations of the viewer's agency that are not closed). Only presence is checked here; the
 * server's messages (`extensions.fields`) are shown next to the fields they name. On success, the lead's page. Its
 * texts come from the `leads` catalogue, loaded first.
 */
export function NewLeadPage() {
  if (!useCatalogue('leads')) return <LoadingState />;
  return <NewLeadScreen />;
}

function NewLeadScreen() {
  const { _ } = useLingui();
  const countryHint = _('leadForm.countryHint');
  const choose = _('lead.choose');
  const navigate = useNavigate();
  const viewer = useViewer();
  const [state, setState] = useState<LeadFormState>(emptyLeadForm);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [sent, setSent] = useState<LeadFormState | null>(null);
  const operations = useQuery(LEAD_FORM_OPERATIONS_QUERY, { fetchPolicy: 'cache-and-network' });
  const agencies = useQuery(AGENCIES_QUERY, { fetchPolicy: 'cache-first' });
  const [createLead, created] = useMutation(CREATE_LEAD_MUTATION);

  const serverFields = created.error && sent ? formFieldsFrom(sent, invalidFields(created.error, _)) : {};
  // The form's own "Required" (a message id in `missing`) in the shown language; the server's messages as they come.
  const missingText = Object.fromEntries(Object.keys(missing).map((name) => [name, _('leadForm.required')]));
  const fields: Record<string, string> = { ...serverFields, ...missingText };
  const error = (name: string): string | undefined => fields[name];
  const unplaced = unplacedMessages(serverFields, placedFieldNames(state.route.length, state.persons.length));
  const set = <K extends keyof LeadFormState>(key: K, value: LeadFormState[K]) => setState((s) => ({ ...s, [key]: value }));
  const setStop = (i: number, patch: Partial<RouteStopForm>) => set('route', state.route.map((s, j) => (j === i ? { ...s, ...patch } : s)));

  if (viewer && !isLeadWriter(viewer)) {
    return (
      <div className="tf-page" data-testid="new-lead-page">
        <Alert>{_('leadForm.writersOnly')}</Alert>
        <p>
          <Link to={pathTo('leads')}>{_('lead.backToLeads')}</Link>
        </p>
      </div>
    );
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const stillMissing = missingRequired(state);
    setMissing(stillMissing);
    if (Object.keys(stillMissing).length > 0) return;
    setSent(state);
    try {
      const result = await createLead({ variables: { input: leadInputFrom(state) } });
      const id = result.data?.createLead.id;
      if (id) navigate(pathTo('lead', { id: id }));
    } catch {
      // Shown from `created.error`, next to the fields it names.
    }
  };

  const offered = openOperations(operations.data?.operations ?? []);
  const hasH3 = state.handlingCodes.includes(HandlingCode.H3);

  return (
    <div className="tf-page" data-testid="new-lead-page">
      <nav aria-label={_('lead.breadcrumb')} className="tf-breadcrumb">
        <Link to={pathTo('leads')}>{_('leads.title')}</Link> <span aria-hidden="true">/</span> <span aria-current="page">{_('page.newLead')}</span>
      </nav>
      <div className="tf-page__heading">
        <p className="tf-eyebrow">{_('leads.eyebrow')}</p>
        <h1 className="tf-page__title">{_('page.newLead')}</h1>
        <p className="tf-muted">{_('leadForm.intro')}</p>
      </div>
      <form onSubmit={onSubmit} className="tf-stack tf-lead-form" data-testid="lead-form" noValidate>
        <Card title={_('leadForm.theLead')} headingLevel={2}>
          <div className="tf-stack">
            <TextField label={_('leadForm.summary')} required hint={_('leadForm.summaryHint')} value={state.summary} error={error('summary')} onChange={(e) => set('summary', e.currentTarget.value)} data-testid="lead-form-summary" />
            <TextAreaField label={_('lead.details')} rows={6} value={state.details} error={error('details')} onChange={(e) => set('details', e.currentTarget.value)} data-testid="lead-form-details" />
            <SelectField
              label={_('lead.fact.formOfExploitation')}
              required
              placeholder={choose}
              value={state.formOfExploitation}
              options={FORMS.map((f) => ({ value: f, label: _(FORM_OF_EXPLOITATION_LABEL_IDS[f]) }))}
              error={error('formOfExploitation')}
              onChange={(e) => set('formOfExploitation', e.currentTarget.value as FormOfExploitation | '')}
              data-testid="lead-form-form-of-exploitation"
            />
            <SelectField
              label={_('lead.fact.operation')}
              hint={_('leadForm.operationHint')}
              placeholder={_('lead.none')}
              value={state.operationId}
              options={offered.map((o) => ({ value: o.id, label: o.name }))}
              error={error('operationId')}
              onChange={(e) => set('operationId', e.currentTarget.value)}
              data-testid="lead-form-operation"
            />
          </div>
        </Card>

        <Card title={_('lead.fact.route')} headingLevel={2}>
          <p className="tf-muted tf-small">{_('leadForm.routeIntro')}</p>
          {error('route') && <p className="tf-field__error">{error('route')}</p>}
          <ol className="tf-lead-form__rows">
            {state.route.map((stop, i) => (
              <li key={i} className="tf-lead-form__row" data-testid="lead-form-stop">
                <TextField
                  label={_('leadForm.stopCountry', { n: i + 1 })}
                  required={i === 0}
                  hint={countryHint}
                  value={stop.country}
                  maxLength={2}
                  autoCapitalize="characters"
                  error={error(`route.${i}.country`) ?? error(`route.${i}`)}
                  onChange={(e) => setStop(i, { country: e.currentTarget.value })}
                  data-testid="lead-form-stop-country"
                />
                <SelectField
                  label={_('leadForm.stopRole', { n: i + 1 })}
                  value={stop.role}
                  options={ROUTE_ROLES.map((r) => ({ value: r, label: _(ROUTE_ROLE_NAME_IDS[r]) }))}
                  error={error(`route.${i}.role`)}
                  onChange={(e) => setStop(i, { role: e.currentTarget.value as RouteRole })}
                  data-testid="lead-form-stop-role"
                />
                {state.route.length > 1 && (
                  <Button variant="ghost" size="sm" onClick={() => set('route', state.route.filter((_stop, j) => j !== i))} aria-label={_('leadForm.removeStop', { n: i + 1 })}>
                    {_('leadForm.remove')}
                  </Button>
                )}
              </li>
            ))}
          </ol>
          {state.route.length < 20 && (
            <Button size="sm" onClick={() => set('route', [...state.route, { country: '', role: state.route.length === 0 ? 'ORIGIN' : 'DESTINATION' }])} data-testid="lead-form-add-stop">
              {_('leadForm.addStop')}
            </Button>
          )}
        </Card>

        <PersonsCard persons={state.persons} error={error} onChange={(persons) => set('persons', persons)} />

        <Card title={_('leadForm.markings')} headingLevel={2}>
          <div className="tf-stack">
            <fieldset className="tf-fieldset">
              <legend className="tf-field__label">{_('leadForm.categories')}</legend>
              <div className="tf-radio-row">
                {DATA_CATEGORY_ORDER.map((c) => (
                  <label key={c} className="tf-checkbox">
                    <input
                      type="checkbox"
                      checked={state.dataCategories.includes(c)}
                      onChange={() => set('dataCategories', toggleChoice<DataCategory>(DATA_CATEGORY_ORDER, state.dataCategories, c))}
                      data-testid={`lead-form-category-${c}`}
                    />{' '}
                    {_(DATA_CATEGORY_LABEL_IDS[c])}
                  </label>
                ))}
              </div>
              {error('dataCategories') && <p className="tf-field__error">{error('dataCategories')}</p>}
            </fieldset>
            <SelectField
              label={_('leadForm.tlp')}
              required
              placeholder={choose}
              value={state.tlp}
              options={TLP_ORDER.map((t) => ({ value: t, label: tlpMarking(t) }))}
              error={error('tlp')}
              onChange={(e) => set('tlp', e.currentTarget.value as TlpLabel | '')}
              data-testid="lead-form-tlp"
            />
            {state.tlp === TlpLabel.RED && (
              <fieldset className="tf-fieldset">
                <legend className="tf-field__label">{_('lead.fact.namedRecipients')}</legend>
                <div className="tf-radio-row">
                  {(agencies.data?.agencies ?? []).map((a) => (
                    <label key={a.id} className="tf-checkbox">
                      <input
                        type="checkbox"
                        checked={state.namedRecipientAgencyIds.includes(a.id)}
                        onChange={() => set('namedRecipientAgencyIds', toggleChoice((agencies.data?.agencies ?? []).map((x) => x.id), state.namedRecipientAgencyIds, a.id))}
                      />{' '}
                      {a.acronym}
                    </label>
                  ))}
                </div>
                {error('namedRecipientAgencyIds') && <p className="tf-field__error">{error('namedRecipientAgencyIds')}</p>}
              </fieldset>
            )}
            <div className="tf-lead-form__pair">
              <SelectField
                label={_('leadForm.sourceReliability')}
                required
                placeholder={choose}
                value={state.sourceReliability}
                options={RELIABILITIES.map((r) => ({ value: r, label: _('leadForm.gradeOption', { grade: r, label: _(SOURCE_RELIABILITY_LABEL_IDS[r]) }) }))}
                error={error('sourceReliability')}
                onChange={(e) => set('sourceReliability', e.currentTarget.value as SourceReliability | '')}
                data-testid="lead-form-source-reliability"
              />
              <SelectField
                label={_('leadForm.informationCredibility')}
                required
                placeholder={choose}
                value={state.informationCredibility}
                options={INFORMATION_CREDIBILITY_NAMES.map(({ name, digit }) => ({
                  value: name,
                  label: _('leadForm.gradeOption', { grade: digit, label: _(INFORMATION_CREDIBILITY_LABEL_IDS[credibilityDigit(name)]) }),
                }))}
                error={error('informationCredibility')}
                onChange={(e) => set('informationCredibility', e.currentTarget.value as InformationCredibilityName | '')}
                data-testid="lead-form-information-credibility"
              />
            </div>
            <fieldset className="tf-fieldset">
              <legend className="tf-field__label">{_('leadForm.handlingCodes')}</legend>
              <div className="tf-lead-form__codes">
                {HANDLING_CODES.map((code) => (
                  <label key={code} className="tf-checkbox">
                    <input
                      type="checkbox"
                      checked={state.handlingCodes.includes(code)}
                      onChange={() => set('handlingCodes', toggleChoice(HANDLING_CODES, state.handlingCodes, code))}
                      data-testid={`lead-form-handling-${code}`}
                    />{' '}
                    <strong>{code}</strong> {_(HANDLING_CODE_TEXT_IDS[code])}
                  </label>
                ))}
              </div>
              {error('handlingCodes') && <p className="tf-field__error">{error('handlingCodes')}</p>}
            </fieldset>
            {(hasH3 || error('handlingCondition')) && (
              <TextAreaField
                label={_('leadForm.handlingCondition')}
                required={hasH3}
                rows={3}
                value={state.handlingCondition}
                error={error('handlingCondition')}
                onChange={(e) => set('handlingCondition', e.currentTarget.value)}
                data-testid="lead-form-handling-condition"
              />
            )}
          </div>
        </Card>

        {created.error && (
          <Alert>
            {apiErrorCode(created.error) === 'BAD_USER_INPUT'
              ? _('leadForm.notRecordedSeeFields')
              : apiErrorText(_, apiErrorParts(created.error), messageId('leadForm.recordFailed'))}
            {unplaced.length > 0 && (
              <ul data-testid="lead-form-other-errors">
                {unplaced.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            )}
          </Alert>
        )}
        {Object.keys(missing).length > 0 && <Alert>{_('leadForm.fillRequired')}</Alert>}
        <div className="tf-form-actions">
          <Button type="submit" variant="primary" busy={created.loading} data-testid="lead-form-submit">
            {_('leadForm.submit')}
          </Button>
          <Link to={pathTo('leads')}>{_('leadForm.cancel')}</Link>
        </div>
      </form>
    </div>
  );
}
