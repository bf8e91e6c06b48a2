import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `users.language`: the language a person chose for the web client (`en`, `fr`, `es` or `ar`, the `LANGUAGES` of
 * libs/domain); null until they choose, when the client follows the browser's languages.
 */
export class PersonLanguage1766030000000 implements MigrationInterface {
  name = 'PersonLanguage1766030000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN language text CONSTRAINT users_language_known CHECK (language IN ('en', 'fr', 'es', 'ar'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN language`);
  }
}
