import { DEMO_LOGINS } from '@taskforce/api-setup';
import { DataSource } from 'typeorm';

/** One demo account as printed at start-up. */
export interface DemoLogin {
  email: string;
  /** Acronym of the user's agency, e.g. `NL-POL`. */
  agency: string;
  /** Roles in the glossary's words, e.g. `coordinator, liaison officer`. */
  roles: string;
  /** The longer description of DEMO_LOGINS, when there is one. */
  note: string | null;
}

/**
 * Every demo account in the database (e-mail ending `@demo.test`) with its agency and roles, read from the
 * database itself so that no account is left out; ordered by agency acronym, then e-mail.
 */
export async function listDemoLogins(db: DataSource): Promise<DemoLogin[]> {
  const rows: Array<{ email: string; agency: string; roles: string[] }> = await db.query(
    `SELECT u.email, a.acronym AS agency, u.roles::text[] AS roles
       FROM users u JOIN agencies a ON a.id = u.agency_id
      WHERE u.email LIKE '%@demo.test'
      ORDER BY a.acronym, u.email`,
  );
  const notes = new Map(DEMO_LOGINS.map((l) => [l.email, l.role]));
  return rows.map((r) => ({
    email: r.email,
    agency: r.agency,
    roles: r.roles.map((role) => role.toLowerCase().replace(/_/g, ' ')).join(', '),
    note: notes.get(r.email) ?? null,
  }));
}

/** The lines printed under "Demo logins": e-mail, agency, roles and, when known, what the account is for. */
export function demoLoginLines(logins: readonly DemoLogin[]): string[] {
  return logins.map((l) => `    ${l.email.padEnd(26)} ${l.agency.padEnd(8)} ${l.roles}${l.note ? ` — ${l.note}` : ''}`);
}
