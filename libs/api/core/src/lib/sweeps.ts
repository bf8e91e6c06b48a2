import { Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';

/**
 * Runs `sweep(now)` every `seconds` (0 = never: tests call the sweep themselves with an injected instant), registered
 * with the scheduler under `name` so that it is listed and cleared at shutdown. The interval does not keep the process
 * alive; a failed run is logged and the next one runs on time. Sweeps must be safe on several API nodes at once
 * (claim rows with `FOR UPDATE SKIP LOCKED`).
 */
export function scheduleSweep(scheduler: SchedulerRegistry, name: string, seconds: number, sweep: (now: Date) => Promise<unknown>, logger: Logger): void {
  if (seconds <= 0) return;
  const timer = setInterval(() => {
    sweep(new Date()).catch((err: unknown) => logger.error(`${name} failed: ${String(err)}`));
  }, seconds * 1000);
  timer.unref();
  scheduler.addInterval(name, timer);
}
