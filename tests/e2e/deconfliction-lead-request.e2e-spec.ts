import { api, baseUrl, DEMO_PASSWORD, people, saveScreenshot, unreadCount, waitUntilLive } from './support/browser';

/** The demo's liaison officers (libs/api/setup/src/lib/demo-data.ts): RO-DIOC's and NL-POL's. */
const RO_LIAISON = 'liaison@demo.test';
const NL_LIAISON = 'nl-liaison@demo.test';

const CREATE_LEAD = 'mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }';

/** A lead marked TLP:GREEN, H0, without personal data: a hit reveals its holder; a share with NL-POL removes nothing. */
async function greenLead(email: string, summary: string): Promise<string> {
  const { login } = await api<{ login: { accessToken: string } }>('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email, password: DEMO_PASSWORD } });
  const input = {
    summary,
    details: 'Recruiter reached by phone.',
    formOfExploitation: 'FORCED_LABOUR',
    route: [{ country: 'RO', role: 'ORIGIN' }],
    dataCategories: [],
    tlp: 'GREEN',
    handlingCodes: ['H0'],
    sourceReliability: 'B',
    informationCredibility: 'PROBABLY_TRUE',
  };
  return (await api<{ createLead: { id: string } }>(CREATE_LEAD, { input }, login.accessToken)).createLead.id;
}

/**
 * From a hit to a shared lead, with two liaison officers in two browsers. RO-DIOC's and NL-POL's liaison officers each
 * record, on a lead of their agency, one phone number written differently (`+40 72x xxx xxx` and `0040 72x xxx xxx`;
 * the digits change with each run). Both get the hit live: NL-POL's officer in the answer to the recording, RO-DIOC's
 * through the bell. NL-POL's officer requests RO-DIOC's lead from the case; RO-DIOC's officer sees the request arrive
 * without a reload, with the sharing decision's preview (ALLOW: no personal data, TLP:GREEN), and approves; NL-POL's
 * officer sees the request shared without a reload and opens the lead, which it could not before.
 */
describe('deconfliction: request the lead through the sharing decision', () => {
  const crowd = people('deconfliction');

  beforeAll(() => crowd.launch());
  afterAll(() => crowd.closeAll());

  it('two agencies record one phone written differently → both officers get the hit live → NL requests the lead → RO approves → NL opens it', async () => {
    const stamp = Date.now();
    const digits = String(stamp).slice(-7);
    const roSummary = `Recruiter phone, Constanta ${stamp}`;
    const roLead = await greenLead(RO_LIAISON, roSummary);
    const nlLead = await greenLead(NL_LIAISON, `Recruiter phone, Tilburg ${stamp}`);

    const ro = await crowd.openAs('ro', RO_LIAISON);
    await ro.goto(`${baseUrl()}/leads/${roLead}`);
    await ro.getByTestId('lead-selectors').waitFor();
    await ro.getByTestId('add-selector-kind').selectOption('PHONE');
    await ro.getByTestId('add-selector-phone').fill(`+40 72${digits.slice(0, 1)} ${digits.slice(1, 4)} ${digits.slice(4)}`);
    await ro.getByTestId('add-selector-submit').click();
    await ro.getByTestId('add-selector-match').filter({ hasText: 'No hit' }).waitFor();
    await waitUntilLive(ro);
    const before = await unreadCount(ro);

    const nl = await crowd.openAs('nl', NL_LIAISON);
    await nl.goto(`${baseUrl()}/leads/${nlLead}`);
    await nl.getByTestId('lead-selectors').waitFor();
    await nl.getByTestId('add-selector-phone').fill(`0040 72${digits}`);
    await nl.getByTestId('add-selector-submit').click();
    await nl.getByTestId('add-selector-match').filter({ hasText: 'Hit: held by RO-DIOC' }).waitFor();

    // RO-DIOC's officer: the bell counts the hit, live; the case is on the Hit/no-hit page.
    const deadline = Date.now() + 10_000;
    while ((await unreadCount(ro)) <= before) {
      if (Date.now() > deadline) throw new Error('no live notification reached the holder’s liaison officer');
      await ro.waitForTimeout(100);
    }
    await ro.getByTestId('nav-hit-no-hit').click();
    const roCase = ro.getByTestId('deconfliction-case').filter({ hasText: 'NL-POL' }).first();
    await roCase.waitFor();
    const caseId = await roCase.getAttribute('data-case');
    const roDetail = ro.locator(`[data-testid="deconfliction-case-detail"][data-case="${caseId}"]`);
    await waitUntilLive(ro);

    // NL-POL's officer: the same case, on the querying side; the holder's lead is not readable yet.
    await nl.getByTestId('nav-hit-no-hit').click();
    const nlDetail = nl.locator(`[data-testid="deconfliction-case-detail"][data-case="${caseId}"]`);
    await nlDetail.waitFor();
    await nlDetail.getByTestId('deconfliction-request-lead').click();
    await nlDetail.getByTestId('deconfliction-request-purpose').selectOption('INVESTIGATION');
    await nlDetail.getByTestId('deconfliction-request-reason').fill('The same recruiter calls victims in Tilburg.');
    await nlDetail.getByTestId('deconfliction-request-send').click();
    await nlDetail.getByTestId('deconfliction-request-status').filter({ hasText: 'Waiting for the holder' }).waitFor();
    await expect(nlDetail.getByTestId('deconfliction-request-preview').count()).resolves.toBe(0);
    await saveScreenshot(nl, 'deconfliction-request-sent');

    // RO-DIOC's officer: the request arrives without a reload, with the sharing decision for NL-POL.
    const preview = roDetail.getByTestId('deconfliction-request-preview');
    await preview.waitFor();
    const decision = preview.getByTestId('share-decision');
    await expect(decision.getAttribute('data-acronym')).resolves.toBe('NL-POL');
    await expect(decision.getAttribute('data-outcome')).resolves.toBe('ALLOW');
    await saveScreenshot(ro, 'deconfliction-request-review');
    await roDetail.getByTestId('deconfliction-decision-reason').fill('Agreed by phone with the NL desk.');
    await roDetail.getByTestId('deconfliction-approve').click();
    await roDetail.getByTestId('deconfliction-request-status').filter({ hasText: 'Shared' }).waitFor();

    // NL-POL's officer: shared, without a reload; the lead opens.
    const open = nlDetail.getByTestId('deconfliction-open-shared-lead');
    await open.waitFor();
    await expect(nlDetail.getByTestId('deconfliction-request-status').textContent()).resolves.toBe('Shared');
    await open.click();
    await nl.getByTestId('lead-page').waitFor();
    await nl.getByText(roSummary).first().waitFor();
    expect(new URL(nl.url()).pathname).toBe(`/leads/${roLead}`);
    await saveScreenshot(nl, 'deconfliction-lead-opened');
  });
});
