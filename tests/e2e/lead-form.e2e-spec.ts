import { people, saveScreenshot } from './support/browser';

/**
 * The server's problem for an impossible date of birth: CreateLeadInput's LeadPersonInput.dateOfBirth
 * (libs/api/leads/src/lib/dto/lead.inputs.ts). 2001-02-30 matches YYYY-MM-DD but does not exist, so only this problem
 * applies; the client writes it from its code (`isIsoDate`) in the person's language, here English.
 */
const REAL_DATE_MESSAGE = 'Enter a real calendar date, YYYY-MM-DD.';
/** The demo's joint operation NL-POL takes part in (libs/api/setup/src/lib/demo-data.ts), ACTIVE. */
const DANUBE_ROUTE = 'Joint Operation Danube Route';

/**
 * An analyst of the Netherlands police records a lead on /leads/new: the first try carries a potential victim's
 * date of birth that does not exist, and the server's message shows under that field; once fixed, the lead is
 * recorded and its page shows the summary, the TLP label and the joint operation chosen. It only creates a new
 * lead (unique summary): no demo data changes.
 */
describe('recording a lead on screen', () => {
  const crowd = people('lead-form', { width: 390, height: 844 });

  beforeAll(() => crowd.launch());
  afterAll(() => crowd.closeAll());

  it('analyst fills every field → the server refuses the date of birth under its field → fixed → the lead page shows summary, TLP and operation', async () => {
    const analyst = await crowd.openAs('analyst', 'nl-analyst@demo.test');
    const summary = `Farm recruiter moving workers Iasi to Venlo ${Date.now()}`;

    await analyst.getByTestId('nav-leads').click();
    await analyst.getByTestId('leads-page').waitFor();
    await analyst.getByTestId('new-lead').click();
    const form = analyst.getByTestId('lead-form');
    await form.waitFor();

    await analyst.getByTestId('lead-form-summary').fill(summary);
    await analyst.getByTestId('lead-form-details').fill('Workers recruited in Iasi via a social-media advert;\ntransported by minibus through Hungary.');
    await analyst.getByTestId('lead-form-form-of-exploitation').selectOption('FORCED_LABOUR');
    const operation = analyst.getByTestId('lead-form-operation');
    await operation.locator('option', { hasText: DANUBE_ROUTE }).waitFor({ state: 'attached' });
    await operation.selectOption({ label: DANUBE_ROUTE });

    // Route RO → HU → NL.
    await analyst.getByTestId('lead-form-stop-country').nth(0).fill('RO');
    await analyst.getByTestId('lead-form-add-stop').click();
    await analyst.getByTestId('lead-form-stop-country').nth(1).fill('HU');
    await analyst.getByTestId('lead-form-stop-role').nth(1).selectOption('TRANSIT');
    await analyst.getByTestId('lead-form-add-stop').click();
    await analyst.getByTestId('lead-form-stop-country').nth(2).fill('NL');
    await analyst.getByTestId('lead-form-stop-role').nth(2).selectOption('DESTINATION');

    // A suspect and a potential victim whose date of birth does not exist.
    await analyst.getByTestId('lead-form-add-suspect').click();
    await analyst.getByTestId('lead-form-person-name').nth(0).fill('Recruiter "Dorin"');
    await analyst.getByTestId('lead-form-add-victim').click();
    await analyst.getByTestId('lead-form-person-name').nth(1).fill('Maria Test-Person');
    const dateOfBirth = analyst.getByTestId('lead-form-person-date-of-birth');
    await dateOfBirth.fill('2001-02-30');
    await analyst.getByTestId('lead-form-person-nationality').fill('RO');

    await analyst.getByTestId('lead-form-category-VICTIM_PERSONAL_DATA').check();
    await analyst.getByTestId('lead-form-category-SUSPECT_PERSONAL_DATA').check();
    await analyst.getByTestId('lead-form-tlp').selectOption('AMBER_STRICT');
    await analyst.getByTestId('lead-form-source-reliability').selectOption('B');
    await analyst.getByTestId('lead-form-information-credibility').selectOption('PROBABLY_TRUE');
    await analyst.getByTestId('lead-form-handling-H1').check();
    await analyst.getByTestId('lead-form-handling-H3').check();
    await analyst.getByTestId('lead-form-handling-condition').fill('Not to be shown to the employer under inspection.');

    await analyst.getByTestId('lead-form-submit').click();
    // The server's message, under the date-of-birth field: the input is described by it and marked invalid.
    const describedBy = analyst.locator(`[data-testid="lead-form-person-date-of-birth"][aria-invalid="true"]`);
    await describedBy.waitFor();
    const errorId = (await describedBy.getAttribute('aria-describedby'))?.split(' ').find((id) => id.endsWith('-error'));
    expect(errorId).toBeDefined();
    await expect(analyst.locator(`[id="${errorId}"]`).textContent()).resolves.toBe(REAL_DATE_MESSAGE);
    expect(analyst.url()).toMatch(/\/leads\/new$/);
    await saveScreenshot(analyst, 'lead-form-server-message');

    await dateOfBirth.fill('2001-02-28');
    await analyst.getByTestId('lead-form-submit').click();

    const page = analyst.getByTestId('lead-page');
    await page.waitFor();
    expect(analyst.url()).not.toMatch(/\/leads\/new$/);
    await expect(analyst.getByTestId('lead-summary').textContent()).resolves.toBe(summary);
    await expect(analyst.getByTestId('tlp-badge').first().textContent()).resolves.toBe('TLP:AMBER+STRICT');
    await expect(analyst.getByTestId('lead-operation').textContent()).resolves.toBe(DANUBE_ROUTE);
    await saveScreenshot(analyst, 'lead-form-recorded');
  });
});
