/**
 * The periodic sweeps (escalation of unacknowledged urgent tasks and requests for information, lapse of lead shares,
 * alert e-mails, deletion of file contents past their retention and of expired file download tickets) run as intervals registered
 * with the NestJS scheduler: listed under their names while the API runs, not started when their period is 0, and
 * cleared when the API shuts down.
 */
import { SchedulerRegistry } from '@nestjs/schedule';
import { startTestApp } from '../support/test-app';

describe('scheduled sweeps', () => {
  it('are registered by name while the API runs and cleared at shutdown', async () => {
    const t = await startTestApp({ ESCALATION_CHECK_SECONDS: '7', LEAD_LAPSE_CHECK_SECONDS: '9', EMAIL_CHECK_SECONDS: '11', FILE_RETENTION_CHECK_SECONDS: '13' }, { demoData: false });
    const registry = t.app.get(SchedulerRegistry);
    try {
      expect([...registry.getIntervals()].sort()).toEqual(['alert-email', 'file-download-tickets', 'file-retention', 'information-request-escalation', 'lead-share-lapse', 'task-escalation']);
    } finally {
      await t.close();
    }
    expect(registry.getIntervals()).toEqual([]);
  });

  it('a period of 0 starts no sweep', async () => {
    const t = await startTestApp({ ESCALATION_CHECK_SECONDS: '0', LEAD_LAPSE_CHECK_SECONDS: '0', EMAIL_CHECK_SECONDS: '0', FILE_RETENTION_CHECK_SECONDS: '0' }, { demoData: false });
    try {
      expect(t.app.get(SchedulerRegistry).getIntervals()).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
