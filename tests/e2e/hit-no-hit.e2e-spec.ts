import { api, baseUrl, DEMO_PASSWORD, people, saveScreenshot, unreadCount, waitUntilLive } from './support/browser';

/** The demo's people (libs/api/setup/src/lib/demo-data.ts): RO-DIOC's liaison officer and NL-POL's analyst. */
const RO_LIAISON = 'liaison@demo.test';
const NL_ANALYST = 'nl-analyst@demo.test';

const CREATE_LEAD = 'mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }';

/** A lead marked TLP:GREEN, H0: its default hit mode reveals the holder (libs/domain matching README). */
async function greenLead(email: string, summary: string, country: string): Promise<string> {
  const { login } = await api<{ login: { accessToken: string } }>('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email, password: DEMO_PASSWORD } });
  const input = {
    summary,
    details: 'Recruiter reached by phone.',
    formOfExploitation: 'FORCED_LABOUR',
    route: [{ country, role: 'ORIGIN' }],
    dataCategories: [],
    tlp: 'GREEN',
    handlingCodes: ['H0'],
    sourceReliability: 'B',
    informationCredibility: 'PROBABLY_TRUE',
  };
  return (await api<{ createLead: { id: string } }>(CREATE_LEAD, { input }, login.accessToken)).createLead.id;
}

/**
 * Hit/no-hit between two agencies, on screen. RO-DIOC's liaison officer and NL-POL's analyst each record, on a lead of
 * their agency (created through the API, TLP:GREEN H0, so a hit reveals the holder), the same phone number written
 * differently: `+40 712 345 678` and `0040 712 345 678` (NL dials abroad with 00). The second recording hits the first:
 * RO-DIOC's liaison officer is told live (the bell's count grows) and sees the case; NL-POL's analyst then asks on the
 * Hit/no-hit page and learns that RO-DIOC holds it, then uploads it as a CSV file (`POST /selectors/query.csv`) with a bad IBAN line.
 */
describe('hit/no-hit on screen', () => {
  const crowd = people('hit-no-hit');

  beforeAll(() => crowd.launch());
  afterAll(() => crowd.closeAll());

  it('two agencies record one phone written differently → the holder is told live → the querier sees the holder', async () => {
    const stamp = Date.now();
    const roLead = await greenLead(RO_LIAISON, `Recruiter phone, Iasi ${stamp}`, 'RO');
    const nlLead = await greenLead(NL_ANALYST, `Recruiter phone, Venlo ${stamp}`, 'RO');

    const ro = await crowd.openAs('ro', RO_LIAISON);
    await ro.goto(`${baseUrl()}/leads/${roLead}`);
    const roSection = ro.getByTestId('lead-selectors');
    await roSection.waitFor();
    await ro.getByTestId('add-selector-kind').selectOption('PHONE');
    await ro.getByTestId('add-selector-phone').fill('+40 712 345 678');
    await ro.getByTestId('add-selector-submit').click();
    await ro.getByTestId('lead-selector').filter({ hasText: '712' }).waitFor();
    await ro.getByTestId('add-selector-match').filter({ hasText: 'No hit' }).waitFor();
    await expect(ro.getByTestId('hit-mode-effective').textContent()).resolves.toBe('Reveal your agency as holder');
    await waitUntilLive(ro);
    const before = await unreadCount(ro);

    const nl = await crowd.openAs('nl', NL_ANALYST);
    await nl.goto(`${baseUrl()}/leads/${nlLead}`);
    await nl.getByTestId('lead-selectors').waitFor();
    await nl.getByTestId('add-selector-phone').fill('0040 712 345 678');
    await nl.getByTestId('add-selector-submit').click();
    await nl.getByTestId('add-selector-match').filter({ hasText: 'Hit: held by RO-DIOC' }).waitFor();
    await saveScreenshot(nl, 'hit-no-hit-lead-page');

    // RO-DIOC's liaison officer: the bell counts the SELECTOR_QUERIED notification, live.
    const deadline = Date.now() + 10_000;
    while ((await unreadCount(ro)) <= before) {
      if (Date.now() > deadline) throw new Error('no live notification reached the holder’s liaison officer');
      await ro.waitForTimeout(100);
    }
    await ro.getByTestId('nav-hit-no-hit').click();
    await ro.getByTestId('deconfliction-case').filter({ hasText: 'NL-POL' }).first().waitFor();
    await saveScreenshot(ro, 'hit-no-hit-holder-cases');

    // NL-POL's analyst asks on the Hit/no-hit page: RO-DIOC is revealed; the budget shown drops by one.
    await nl.getByTestId('nav-hit-no-hit').click();
    await nl.getByTestId('hit-no-hit-page').waitFor();
    const budget = nl.getByTestId('selector-budget');
    await budget.waitFor();
    const leftBefore = Number((await budget.locator('strong').textContent())?.trim());
    await nl.getByTestId('query-selector-phone').fill('+40712345678');
    await nl.getByTestId('query-selector-submit').click();
    const result = nl.getByTestId('query-selector-result');
    await result.filter({ hasText: 'Hit: held by RO-DIOC' }).waitFor();
    await expect(result.getByTestId('match-holder').allTextContents()).resolves.toEqual(['RO-DIOC']);
    await budget.locator('strong').filter({ hasText: String(leftBefore - 1) }).waitFor();

    // The same as a CSV list, with a line the server refuses naming its column.
    const csv = 'kind,value,country\nPHONE,0712 345 678,RO\nIBAN,RO49AAAA1B31007593840001,\n';
    await nl.getByTestId('selector-list-file').setInputFiles({ name: 'selectors.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    // The file goes as it is to the upload route, not inside a GraphQL request.
    const uploaded = nl.waitForResponse((res) => new URL(res.url()).pathname === '/selectors/query.csv' && res.request().method() === 'POST');
    await nl.getByTestId('selector-list-submit').click();
    const upload = await uploaded;
    expect([upload.status(), upload.request().headers()['content-type']]).toEqual([200, 'text/csv']);
    const lines = nl.getByTestId('selector-list-line');
    await nl.getByTestId('selector-list-totals').filter({ hasText: '1 line queried, 1 with a hit, 1 with errors' }).waitFor();
    await expect(lines.nth(0).textContent()).resolves.toBe('2Phone numberHit: held by RO-DIOC');
    await expect(lines.nth(1).getByTestId('selector-list-errors').textContent()).resolves.toMatch(/^value: /);
    await budget.locator('strong').filter({ hasText: String(leftBefore - 2) }).waitFor();
    await saveScreenshot(nl, 'hit-no-hit-querier');
  });
});
