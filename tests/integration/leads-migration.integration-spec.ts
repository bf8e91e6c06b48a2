import { migrate } from '@taskforce/api-setup';
import { createTestDatabase } from '../support/test-app';

/** The leads migration (1764600000000-leads) has a working `down`, and applies again afterwards. */
describe('leads migration', () => {
  it('reverts cleanly and re-applies', async () => {
    const database = await createTestDatabase();
    const db = await migrate(database.url);
    try {
      const tables = async () =>
        (await db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name IN ('leads','lead_persons','lead_shares','agreements','jurisdiction_rules','victim_identity_reads') ORDER BY 1`)).map((r: { table_name: string }) => r.table_name);
      expect(await tables()).toEqual(['agreements', 'jurisdiction_rules', 'lead_persons', 'lead_shares', 'leads', 'victim_identity_reads']);
      // Undo newer migrations (if any landed after this one) down to and including the leads migration.
      for (let i = 0; i < 200; i++) {
        const [last] = await db.query(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`);
        await db.undoLastMigration({ transaction: 'each' });
        if (last.name === 'Leads1764600000000') break;
      }
      expect(await tables()).toEqual([]);
      expect(await db.query(`SELECT 1 FROM pg_type WHERE typname IN ('tlp_label','data_category','lead_share_status')`)).toEqual([]);
      await db.runMigrations({ transaction: 'each' });
      expect(await tables()).toEqual(['agreements', 'jurisdiction_rules', 'lead_persons', 'lead_shares', 'leads', 'victim_identity_reads']);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });
});
