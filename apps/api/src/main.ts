import 'reflect-metadata';
import { AppConfig, ConfigError, loadConfig } from '@taskforce/api-core';
import { localSecrets, startEmbeddedPostgres } from '@taskforce/api-database';
import { DEMO_PASSWORD, DemoPublicDataReport, loadDemoData, loadDemoPublicData, migrate } from '@taskforce/api-setup';
import { createApp } from './app/create-app';
import { demoLoginLines, listDemoLogins } from './demo-logins';

/**
 * Entry point: validates the environment, starts an embedded PostgreSQL when DATABASE_URL is absent, applies
 * migrations, loads the demo task force into an empty database (never in production), and serves everything
 * on PORT. SIGINT/SIGTERM close the server and stop PostgreSQL cleanly.
 */
async function bootstrap(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  const embedded = config.DATABASE_URL ? null : await startEmbeddedPostgres(config.TASKFORCE_DATA_DIR);
  const databaseUrl = config.DATABASE_URL ?? embedded!.url;
  if (!config.JWT_SECRET) config.JWT_SECRET = localSecrets(config.TASKFORCE_DATA_DIR).jwtSecret;

  const db = await migrate(databaseUrl);
  const demoLoaded = config.loadDemoData ? await loadDemoData(db) : false;
  const publicData = demoLoaded ? await loadPublicDataForDemo(db) : null;
  const demoLogins = config.loadDemoData ? await listDemoLogins(db) : [];
  await db.destroy();

  const app = await createApp(config, databaseUrl);
  await app.listen(config.PORT);
  const url = (await app.getUrl()).replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');

  const lines = [
    '',
    `  Task-force workspace is running at ${url}`,
    embedded ? `  Embedded PostgreSQL on 127.0.0.1:${embedded.port}, data in ${embedded.dataDir}` : '  PostgreSQL from DATABASE_URL',
    demoLoaded ? '  Demo task force loaded into the empty database.' : '',
    publicData ? publicDataLine(publicData) : '',
  ];
  if (config.loadDemoData) {
    lines.push(`  Demo logins (password ${DEMO_PASSWORD}):`, ...demoLoginLines(demoLogins));
  }
  if (config.isProduction && !config.WEBAUTHN_RP_ID) {
    lines.push(`  Warning: WEBAUTHN_RP_ID is not set: passkeys work only for pages at ${config.webauthnOrigins.join(', ')}.`);
  }
  lines.push('  Stop with Ctrl-C.', '');
  console.log(lines.filter((l) => l !== '').join('\n'));

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    await app.close().catch(() => undefined);
    if (embedded) await embedded.stop().catch(() => undefined);
    console.log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

bootstrap().catch((error: unknown) => {
  console.error('Start-up failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});

/** Imports the licensed public data sets into a new demo; a failure is reported and the workspace starts anyway. */
async function loadPublicDataForDemo(db: Parameters<typeof loadDemoPublicData>[0]): Promise<DemoPublicDataReport | string> {
  console.log('Importing the public data sets for the demo (10 s to a minute and a half, depending on the machine)…');
  try {
    return await loadDemoPublicData(db);
  } catch (error) {
    return `  Public data sets not imported: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function publicDataLine(report: DemoPublicDataReport | string): string {
  if (typeof report === 'string') return report;
  const loaded = report.loaded.map((l) => `${l.kind} (${l.rows} rows)`).join(', ');
  const missing = report.missing.length ? `; not found in ${report.dir}: ${report.missing.join(', ')} (set PUBLIC_DATA_DIR)` : '';
  return `  Public data sets imported: ${loaded || 'none'}${missing}.`;
}
