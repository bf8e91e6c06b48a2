import { medianLeadToFirstActionMs } from '../timing';

describe('medianLeadToFirstActionMs', () => {
  it('takes the median of the measured leads in ms and counts the others apart', () => {
    // 30 min = 1,800,000 ms; 2 h = 7,200,000 ms; 1 h 30 s = 3,630,000 ms; 4 h = 14,400,000 ms.
    // Sorted: 1.8M, 3.63M, 7.2M, 14.4M → median (3,630,000 + 7,200,000) / 2 = 5,415,000 ms.
    const r = medianLeadToFirstActionMs([
      { recordedAt: '2026-03-01T08:00:00Z', firstActionAt: '2026-03-01T08:30:00Z' },
      { recordedAt: '2026-03-01T08:00:00Z', firstActionAt: '2026-03-01T10:00:00Z' },
      { recordedAt: '2026-03-01T09:00:00+01:00', firstActionAt: '2026-03-01T09:00:30Z' },
      { recordedAt: '2026-03-02T00:00:00Z', firstActionAt: '2026-03-02T04:00:00.000Z' },
      { recordedAt: '2026-03-02T00:00:00Z', firstActionAt: null },
      { recordedAt: '2026-03-02T00:00:00Z', firstActionAt: '2026-03-01T23:00:00Z' }, // before the lead: not measured
    ]);
    expect(r).toEqual({ medianMs: 5_415_000, measured: 4, withoutAction: 2 });
    expect(medianLeadToFirstActionMs([])).toEqual({ medianMs: null, measured: 0, withoutAction: 0 });
  });
});
