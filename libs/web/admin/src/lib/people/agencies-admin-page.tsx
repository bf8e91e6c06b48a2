import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { AgencyKind } from '@taskforce/domain';
import { apiErrorParts, apiErrorText, invalidFields, useViewer } from '@taskforce/web-data-access';
import { Alert, Button, Card, countryName, Drawer, labelFrom, LoadingState, messageId, SelectField, TextField, useCatalogue, useLingui } from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';
import { OneTimeLinkNotice } from './one-time-link-notice';
import { AGENCY_DIRECTORY_QUERY, CREATE_AGENCY_MUTATION, type OneTimeLinkData } from './people.documents';

/** Message ids (catalogue `admin`) of the agency kinds' names. */
const AGENCY_KIND_IDS: Readonly<Record<AgencyKind, string>> = {
  [AgencyKind.LAW_ENFORCEMENT]: messageId('agencyKind.lawEnforcement'),
  [AgencyKind.PROSECUTION]: messageId('agencyKind.prosecution'),
  [AgencyKind.LABOUR_INSPECTORATE]: messageId('agencyKind.labourInspectorate'),
  [AgencyKind.BORDER_IMMIGRATION]: messageId('agencyKind.borderImmigration'),
  [AgencyKind.NGO]: messageId('agencyKind.ngo'),
  [AgencyKind.INTERNATIONAL_ORGANIZATION]: messageId('agencyKind.internationalOrganization'),
  [AgencyKind.GOVERNMENT]: messageId('agencyKind.government'),
  [AgencyKind.OTHER]: messageId('agencyKind.other'),
};

/** The form of a new agency and its first agency admin; calls `onCreated` with the admin's one-time link. */
function CreateAgencyForm({ onCreated, onCancel }: { onCreated: (link: OneTimeLinkData) => void; onCancel: () => void }) {
  const [name, setName] = useState('');
  const [acronym, setAcronym] = useState('');
  const [country, setCountry] = useState('');
  const [kind, setKind] = useState<AgencyKind | ''>('');
  const [adminEmail, setAdminEmail] = useState('');
  const [adminName, setAdminName] = useState('');
  const [create, { loading, error }] = useMutation(CREATE_AGENCY_MUTATION);
  const { _ } = useLingui();
  const fields = error ? invalidFields(error, _) : {};

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const result = await create({
        variables: {
          input: {
            name: name.trim(),
            acronym: acronym.trim(),
            country: country.trim() ? country.trim().toUpperCase() : null,
            kind: kind as AgencyKind,
            firstAdmin: { email: adminEmail.trim(), displayName: adminName.trim() },
          },
        },
      });
      if (result.data) onCreated(result.data.createAgency.firstAdmin);
    } catch {
      // Shown from `error`.
    }
  };

  return (
    <form className="tf-stack" onSubmit={onSubmit} noValidate data-testid="create-agency-form">
      <TextField label={_('agencies.name')} required value={name} error={fields['name']} onChange={(e) => setName(e.currentTarget.value)} data-testid="agency-name" />
      <TextField label={_('agencies.acronym')} required value={acronym} error={fields['acronym']} hint={_('agencies.acronymHint')} onChange={(e) => setAcronym(e.currentTarget.value)} data-testid="agency-acronym" />
      <TextField label={_('agencies.countryCode')} value={country} error={fields['country']} hint={_('agencies.countryHint')} maxLength={2} onChange={(e) => setCountry(e.currentTarget.value)} data-testid="agency-country" />
      <SelectField
        label={_('agencies.kind')}
        required
        value={kind}
        placeholder={_('agencies.chooseKind')}
        error={fields['kind']}
        options={Object.values(AgencyKind).map((k) => ({ value: k, label: labelFrom(_, AGENCY_KIND_IDS, k) }))}
        onChange={(e) => setKind(e.currentTarget.value as AgencyKind | '')}
        data-testid="agency-kind"
      />
      <fieldset className="tf-fieldset">
        <legend className="tf-field__label">{_('agencies.firstAdmin')}</legend>
        <div className="tf-stack">
          <TextField label={_('agencies.adminEmail')} type="email" required value={adminEmail} error={fields['firstAdmin.email']} onChange={(e) => setAdminEmail(e.currentTarget.value)} data-testid="agency-admin-email" />
          <TextField label={_('agencies.adminName')} required value={adminName} error={fields['firstAdmin.displayName']} onChange={(e) => setAdminName(e.currentTarget.value)} data-testid="agency-admin-name" />
        </div>
      </fieldset>
      {error && Object.keys(fields).length === 0 && <Alert>{apiErrorText(_, apiErrorParts(error), messageId('agencies.createFailed'))}</Alert>}
      <div className="tf-form-actions">
        <Button type="submit" variant="primary" busy={loading} disabled={!kind} data-testid="create-agency-submit">
          {_('agencies.create')}
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={loading}>
          {_('admin.cancel')}
        </Button>
      </div>
    </form>
  );
}

/**
 * Agencies (/admin/agencies, platform admins): the directory, and a new agency with its first agency admin, whose
 * one-time link is shown once to pass on.
 */
export function AgenciesAdminPage() {
  const viewer = useViewer();
  const isPlatformAdmin = viewer?.roles.includes('PLATFORM_ADMIN') ?? false;
  const { data, loading, error, refetch } = useQuery(AGENCY_DIRECTORY_QUERY, isPlatformAdmin ? { fetchPolicy: 'cache-and-network' } : skipToken);
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<OneTimeLinkData | null>(null);
  const { _ } = useLingui();
  const catalogueReady = useCatalogue('admin');

  if (!catalogueReady) return <LoadingState />;
  if (!isPlatformAdmin) {
    return (
      <div className="tf-page" data-testid="agencies-admin-page">
        <h1 className="tf-page__title">{_('adminAgencies.title')}</h1>
        <Alert>{_('agencies.onlyPlatformAdmins')}</Alert>
      </div>
    );
  }
  const agencies = data?.agencies ?? [];
  return (
    <div className="tf-page" data-testid="agencies-admin-page">
      <div className="tf-page__heading">
        <p className="tf-eyebrow">{_('admin.eyebrow')}</p>
        <h1 className="tf-page__title">{_('adminAgencies.title')}</h1>
        <p className="tf-muted">{_('agencies.intro')}</p>
      </div>
      <div className="tf-form-actions">
        <Button variant="primary" onClick={() => setCreating(true)} data-testid="new-agency">
          {_('agencies.new')}
        </Button>
      </div>
      {issued && <OneTimeLinkNotice data={issued} intro={_('agencies.created')} onDismiss={() => setIssued(null)} />}
      {error && !data && <Alert>{apiErrorText(_, apiErrorParts(error), messageId('agencies.loadFailed'))}</Alert>}
      {!data && loading && <LoadingState label={_('agencies.loading')} />}
      {agencies.length > 0 && (
        <Card>
          <div className="tf-table-scroll">
            <table className="tf-table" data-testid="agency-table">
              <thead>
                <tr>
                  <th scope="col">{_('agencies.acronym')}</th>
                  <th scope="col">{_('agencies.name')}</th>
                  <th scope="col">{_('agencies.kind')}</th>
                  <th scope="col">{_('agencies.country')}</th>
                </tr>
              </thead>
              <tbody>
                {agencies.map((agency) => (
                  <tr key={agency.id} data-testid="agency-row" data-acronym={agency.acronym}>
                    <th scope="row">{agency.acronym}</th>
                    <td>{agency.name}</td>
                    <td>{labelFrom(_, AGENCY_KIND_IDS, agency.kind)}</td>
                    <td>{agency.country ? countryName(agency.country) : _('agency.international')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      )}
      {creating && (
        <Drawer title={_('agencies.new')} onClose={() => setCreating(false)}>
          <CreateAgencyForm
            onCancel={() => setCreating(false)}
            onCreated={(link) => {
              setCreating(false);
              setIssued(link);
              void refetch().catch(() => undefined);
            }}
          />
        </Drawer>
      )}
    </div>
  );
}
