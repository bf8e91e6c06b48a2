import { AuthUser } from '@taskforce/api-core';
import { EntityManager } from 'typeorm';

/**
 * What must follow a change of the law (an agreement or a jurisdiction rule written by a platform admin), supplied
 * by the module that holds what the law governs — the leads module decides every live share again — and registered
 * with `SharingLawService.onLawChange`, so that this module never depends on the modules it governs.
 */
export interface LawChangeListener<Effects> {
  /**
   * Runs inside the admin's transaction `m`, at the write instant `at` (UTC), after the change is written; a throw
   * rolls the change back. Returns what to push once the transaction has committed.
   */
  reconsider(m: EntityManager, actor: Pick<AuthUser, 'userId' | 'agencyId'>, at: Date): Promise<Effects>;

  /** After commit: pushes what `reconsider` collected (notifications, real-time events). */
  publish(effects: Effects): void;
}
