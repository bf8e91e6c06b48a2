import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD, markWindow, people, stillSamePage, waitUntilLive } from './support/browser';

// pdf-parse 1.1.1 has no types; its lib entry avoids the package index's self-test on import.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfParse = require('pdf-parse/lib/pdf-parse.js') as (data: Buffer) => Promise<{ text: string }>;

/** Calls the API's GraphQL endpoint as `token` and returns `data`, failing on any error. */
async function graphql<T = any>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}
const tokenOf = async (email: string) =>
  (await graphql<{ login: { accessToken: string } }>('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email, password: DEMO_PASSWORD } })).login.accessToken;

/**
 * Closing a joint operation in the browser: the Romanian prosecutors and the Dutch police each write their own
 * section, the coordinator finalises, closes the operation and downloads the report, whose text shows the other
 * agency's small figures suppressed. The operation is created for this spec through the API (the demo ones are
 * shared by every spec and left alone).
 */
describe('closing evaluation in the browser', () => {
  const team = people('operation-evaluation');
  let operationId: string;
  const S = 'suppressed (< 11)';

  beforeAll(async () => {
    const coordinator = await tokenOf('coordinator@demo.test');
    const created = await graphql(
      `mutation($input: CreateOperationInput!) { createOperation(input: $input) { id } }`,
      { input: { name: `E2E Evaluation ${Date.now()}`, countries: ['NL', 'RO'], formsOfExploitation: ['FORCED_LABOUR'], legalBasisCitation: 'Art. 19 of the UN Convention against Transnational Organized Crime' } },
      coordinator,
    );
    operationId = created.createOperation.id;
    const agencies = await graphql<{ agencies: Array<{ id: string; acronym: string }> }>('{ agencies { id acronym } }', {}, coordinator);
    const ro = agencies.agencies.find((a) => a.acronym === 'RO-DIOC')!.id;
    const invited = await graphql(
      `mutation($input: InviteAgencyToOperationInput!) { inviteAgencyToOperation(input: $input) { id } }`,
      { input: { operationId, agencyId: ro, role: 'PARTY' } },
      coordinator,
    );
    await graphql(
      `mutation($input: RespondToOperationInvitationInput!) { respondToOperationInvitation(input: $input) { status } }`,
      { input: { invitationId: invited.inviteAgencyToOperation.id, accept: true } },
      await tokenOf('ro-admin@demo.test'),
    );
    await team.launch();
  });
  afterAll(async () => {
    await team.closeAll();
  });

  const section = (page: Page, acronym: string) => page.locator(`[data-testid="evaluation-section"][data-agency="${acronym}"]`);
  const fill = async (page: Page, acronym: string, values: Record<string, string>) => {
    const form = section(page, acronym);
    for (const [field, value] of Object.entries(values)) {
      if (field === 'objectivesMet') await form.getByTestId('section-objectivesMet').selectOption(value);
      else await form.getByTestId(`section-${field}`).fill(value);
    }
    await form.getByTestId('section-save').click();
    await form.getByTestId('section-message').filter({ hasText: 'Section saved.' }).waitFor();
  };

  it('each agency writes its own section; the other agency’s section is read-only', async () => {
    const ro = await team.openAs('ro-liaison', 'liaison@demo.test');
    await ro.goto(`${baseUrl()}/operations/${operationId}/evaluation`);
    await ro.getByTestId('evaluation-page').waitFor();
    expect(await section(ro, 'RO-DIOC').getAttribute('data-editable')).toBe('true');
    expect(await section(ro, 'NL-POL').getAttribute('data-editable')).toBe('false');
    await fill(ro, 'RO-DIOC', { objectivesMet: 'PARTLY_MET', arrests: '3', potentialVictimsIdentified: '20', prosecutionsStarted: '11', languageObstacles: 'Interpreters were scarce' });
    await waitUntilLive(ro);
    await markWindow(ro);

    const nl = await team.openAs('coordinator', 'coordinator@demo.test');
    await nl.goto(`${baseUrl()}/operations/${operationId}/evaluation`);
    await nl.getByTestId('evaluation-page').waitFor();
    expect(await section(nl, 'RO-DIOC').getAttribute('data-editable')).toBe('false');
    // RO-DIOC's 3 arrests are below 11: the Dutch police see them suppressed; 20 and 11 are shown.
    await section(nl, 'RO-DIOC').getByTestId('result-arrests').filter({ hasText: S }).waitFor();
    expect(await section(nl, 'RO-DIOC').getByTestId('result-potentialVictimsIdentified').textContent()).toBe('20');
    expect(await section(nl, 'RO-DIOC').getByTestId('result-prosecutionsStarted').textContent()).toBe('11');
    await fill(nl, 'NL-POL', { objectivesMet: 'MET', arrests: '14', potentialVictimsIdentified: '25', prosecutionsStarted: '4', addedValue: 'One investigation instead of two' });

    // The Romanian page shows the Dutch section live, without a reload: 14 ≥ 11 shown, 4 < 11 suppressed for RO-DIOC.
    await section(ro, 'NL-POL').getByTestId('result-arrests').filter({ hasText: /^14$/ }).waitFor();
    expect(await section(ro, 'NL-POL').getByTestId('result-prosecutionsStarted').textContent()).toBe(S);
    expect(await stillSamePage(ro)).toBe(true);
  });

  it('two people of one agency edit its section at once: the second keeps their text, sees the first one\'s, and saves knowingly', async () => {
    const admin = await team.openAs('ro-admin', 'ro-admin@demo.test');
    await admin.goto(`${baseUrl()}/operations/${operationId}/evaluation`);
    await admin.getByTestId('evaluation-page').waitFor();
    const form = section(admin, 'RO-DIOC');
    await form.getByTestId('section-lessonsLearned').fill('Agree the action day a month ahead');
    // Meanwhile the liaison officer saves a correction: 4 arrests instead of 3.
    await fill(team.pages['ro-liaison'], 'RO-DIOC', { arrests: '4' });
    await form.getByTestId('section-newer').waitFor();
    await form.getByTestId('section-save').click();
    await form.getByTestId('section-message').filter({ hasText: 'yours was not saved' }).waitFor();
    expect(await form.getByTestId('section-lessonsLearned').inputValue()).toBe('Agree the action day a month ahead');
    await form.getByTestId('section-theirs').locator('summary').click();
    expect(await form.getByTestId('section-theirs').textContent()).toContain('Arrests4');
    await form.getByTestId('section-save').click();
    await form.getByTestId('section-message').filter({ hasText: 'Section saved.' }).waitFor();
    const saved = await graphql(
      'query($id: ID!) { operationEvaluation(operationId: $id) { sections { agency { acronym } version lessonsLearned arrests { count } } } }',
      { id: operationId },
      await tokenOf('ro-admin@demo.test'),
    );
    // Version 1 (liaison), 2 (the correction), 3 (the admin's save, with the admin's form: 3 arrests and the lesson).
    expect(saved.operationEvaluation.sections.find((x: { agency: { acronym: string } }) => x.agency.acronym === 'RO-DIOC')).toEqual({
      agency: { acronym: 'RO-DIOC' },
      version: 3,
      lessonsLearned: 'Agree the action day a month ahead',
      arrests: { count: 3 },
    });
  });

  it('the coordinator finalises, closes the operation and downloads the report', async () => {
    const nl = team.pages['coordinator'];
    await nl.getByTestId('evaluation-ready').waitFor();
    await nl.getByTestId('evaluation-finalise').click();
    await nl.getByTestId('evaluation-finalised').waitFor();
    expect(await section(nl, 'NL-POL').getAttribute('data-editable')).toBe('false');
    await nl.getByTestId('close-reason').fill('Objectives reached; prosecutions continue nationally');
    await nl.getByTestId('operation-close').click();
    await nl.getByTestId('evaluation-finalised').filter({ hasText: 'The joint operation is closed.' }).waitFor();

    await nl.goto(`${baseUrl()}/operations/${operationId}/report`);
    await nl.getByTestId('report-page').waitFor();
    expect(await nl.getByTestId('report-RO-DIOC-arrests').textContent()).toBe(S);
    const [download] = await Promise.all([nl.waitForEvent('download'), nl.getByTestId('report-download-pdf').click()]);
    expect(download.suggestedFilename()).toMatch(/^operation-report-e2e-evaluation-\d+-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = (await pdfParse(readFileSync((await download.path()) as string))).text;
    expect(text).toContain('Operation report: E2E Evaluation');
    expect(text).toContain('Art. 19 of the UN Convention against Transnational Organized Crime');
    // Table cells wrap: compare the reason with its line breaks folded.
    expect(text.replace(/\s+/g, ' ')).toContain('Objectives reached; prosecutions continue nationally');
    // By hand: NL-POL sees its own 14/25/4; RO-DIOC's 3 suppressed, 20 and 11 shown; totals 25+20 = 45 and
    // 4+11 = 15; the arrests total (14+3) would give RO-DIOC's 3 away, so it is suppressed.
    const roSection = text.slice(text.lastIndexOf('RO-DIOC — '), text.indexOf('Results (all sections)'));
    expect(roSection).toContain(`Arrests${S}`);
    expect(roSection).toContain('Potential victims identified20');
    expect(roSection).toContain('Prosecutions started11');
    expect(text).toContain('Arrests14');
    expect(text).toContain('Potential victims identified45');
    expect(text).toContain('Prosecutions started15');
    expect(text).not.toContain('Arrests17');
    // Nobody reported convictions: "not reported", never a made-up zero.
    expect(text).toContain('Convictionsnot reported');
  });

  it('the finalised results appear on the indicators dashboard, protected the same way', async () => {
    const nl = team.pages['coordinator'];
    await nl.goto(`${baseUrl()}/indicators`);
    await nl.getByTestId('indicators-scope').selectOption(operationId);
    const results = nl.getByTestId('operation-results-table');
    await results.locator('[data-result="potentialVictimsIdentified"] td').filter({ hasText: /^45$/ }).waitFor();
    expect(await results.locator('[data-result="arrests"] td').textContent()).toBe(S);
    expect(await results.locator('[data-result="prosecutionsStarted"] td').textContent()).toBe('15');
  });
});
