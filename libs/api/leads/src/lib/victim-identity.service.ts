import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, AuditService, AuditSubject } from '@taskforce/api-audit';
import { AuthUser, badInput, forbidden, isUuid, notFound } from '@taskforce/api-core';
import { isLeadWriter } from '@taskforce/domain';
import { DataSource } from 'typeorm';
import { RevealPotentialVictimInput } from './dto/lead.inputs';
import { requireClaims } from './lead-claims';
import { LeadCipherService } from './lead-cipher.service';
import { LeadReadsService } from './lead-reads.service';
import { LeadPersonEntity, LeadPersonRole } from './lead.entity';
import { PotentialVictimIdentityModel } from './lead.model';
import { LeadPolicy } from './lead.policy';

/** The stated-reason read of a potential victim's identity, for the originating agency only. */
@Injectable()
export class VictimIdentityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: LeadPolicy,
    private readonly reads: LeadReadsService,
    private readonly cipher: LeadCipherService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Decrypts a potential victim's identity for the originating agency's analysts, liaison officers and
   * coordinators, with a stated reason, recorded (who, agency, when, why) in victim_identity_reads before the
   * identity is decrypted. Identities are never shared with recipients.
   * @throws NOT_FOUND ("Person not found") for unknown ids, persons of leads the caller cannot read, and for
   *   recipients; FORBIDDEN for other roles; BAD_USER_INPUT when the person is not a potential victim with an identity.
   */
  async reveal(actor: AuthUser, input: RevealPotentialVictimInput): Promise<PotentialVictimIdentityModel> {
    if (!isUuid(input.personId)) throw notFound('Person');
    const person = await this.db.getRepository(LeadPersonEntity).findOneBy({ id: input.personId });
    if (!person) throw notFound('Person');
    requireClaims(actor, 'Person');
    let readable;
    try {
      readable = await this.access.require(actor, person.leadId);
    } catch {
      readable = null;
    }
    if (!readable || readable.share) {
      await this.reads.refused(actor, AuditSubject.LEAD_PERSON, person.id, { leadId: person.leadId, personId: person.id });
      throw notFound('Person');
    }
    if (!isLeadWriter(actor)) throw forbidden("Only analysts, liaison officers and coordinators read a potential victim's identity");
    if (person.role !== LeadPersonRole.POTENTIAL_VICTIM || !person.identityCiphertext || !person.identityKeyId) {
      throw badInput([{ field: 'personId', message: 'no identity is stored for this person' }]);
    }
    await this.db.transaction(async (m) => {
      await m.query('INSERT INTO victim_identity_reads (person_id, reader_id, reader_agency_id, reason) VALUES ($1, $2, $3, $4)', [person.id, actor.userId, actor.agencyId, input.reason]);
      await this.audit.record(actor, { action: AuditAction.VICTIM_IDENTITY_READ, subjectType: AuditSubject.LEAD_PERSON, subjectId: person.id, reason: input.reason, details: { leadId: person.leadId, personId: person.id } }, m);
    });
    const identity = JSON.parse(this.cipher.open({ keyId: person.identityKeyId, ciphertext: person.identityCiphertext })) as { fullName: string | null; dateOfBirth: string | null; nationality: string | null };
    return { personId: person.id, pseudonym: person.pseudonym ?? '', fullName: identity.fullName, dateOfBirth: identity.dateOfBirth, nationality: identity.nationality };
  }
}
