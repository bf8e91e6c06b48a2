import { baseUrl, people } from './support/browser';

const RECRUITERS = 'Recruiters moving Romanian women through Rotterdam to Valencia'; // demo lead of NL-POL

/**
 * The audit view: the originating agency reads a lead's trail (its own read of the lead appears in it, with the
 * reader's name and agency); only the platform admin may verify the chain.
 */
describe('audit view', () => {
  const crowd = people('audit-view', { width: 1280, height: 900 });
  const openAs = crowd.openAs;

  beforeAll(() => crowd.launch());
  afterAll(() => crowd.closeAll());

  it("shows a lead's trail to its originating agency, with the reader's own read in it", async () => {
    const page = await openAs('originator', 'member@demo.test');
    const name = ((await page.locator('[data-testid="current-user"] .tf-user__name').textContent()) ?? '').trim();
    expect(name.length).toBeGreaterThan(0);
    await page.getByTestId('nav-leads').click();
    await page.getByTestId('lead-card').filter({ hasText: RECRUITERS }).getByTestId('lead-link').click();
    await page.getByTestId('lead-page').waitFor();
    await page.getByTestId('load-audit-trail').click();
    const reads = page.locator('[data-testid="audit-entry"][data-action="LEAD_READ"]');
    await reads.first().waitFor();
    // The newest read is the one this page just made: by this user, of NL-POL.
    await expect(reads.last().getByTestId('audit-actor').textContent()).resolves.toBe(`${name} · NL-POL`);
  });

  it('refuses the chain check to other users and lets the platform admin verify it', async () => {
    const other = await openAs('other', 'outsider@demo.test');
    await other.goto(`${baseUrl()}/admin/audit`);
    await other.getByTestId('verify-audit-chain').click();
    await expect(other.getByRole('alert').first().textContent()).resolves.toBe('You are not allowed to do this.');
    expect(await other.getByTestId('nav-admin-audit').count()).toBe(0);

    const admin = await openAs('admin', 'admin@demo.test');
    await admin.getByTestId('nav-admin-audit').click();
    await admin.getByTestId('verify-audit-chain').click();
    await expect(admin.getByTestId('audit-chain-status').textContent()).resolves.toMatch(/^The chain verifies: [\d,]+ entries/);
  });
});
