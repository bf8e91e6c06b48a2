import { useEffect, useState } from 'react';

/**
 * The current time in ms since the epoch, refreshed every `stepMs` while `running` (so a countdown moves on); frozen
 * at the last value otherwise.
 */
export function useNow(stepMs: number, running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return undefined;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), stepMs);
    return () => window.clearInterval(timer);
  }, [stepMs, running]);
  return now;
}
