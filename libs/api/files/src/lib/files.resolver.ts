import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgencyModel, AgencyService } from '@taskforce/api-agencies';
import { UserModel, UserService } from '@taskforce/api-auth';
import { AuthUser, COST, cost, CurrentUser, listCost } from '@taskforce/api-core';
import { EvidenceFileEntity } from './evidence-file.entity';
import { DeleteFileArgs, FileAttachmentInput, FileCheckModel, FileCustodyEntryModel, FileDownloadTicketModel, FileModel, FileRecordModel, ReattachFileInput, SetFileMarkingInput } from './file.model';
import { FileDownloadTickets } from './file-download-tickets';
import { FilesService } from './files.service';

const toModel = (f: EvidenceFileEntity): FileModel => ({
  id: f.id,
  name: f.name,
  size: Number(f.size),
  sha256: f.sha256,
  tlp: f.tlp,
  handlingCode: f.handlingCode,
  handlingCondition: f.handlingCondition,
  contentType: f.contentType,
  attachedKind: f.attachedKind,
  attachedId: f.attachedId,
  state: f.state,
  uploadedAt: f.uploadedAt,
  expiresAt: f.expiresAt,
  deletedAt: f.contentDeletedAt,
  deletedReason: f.contentDeletedReason,
  integrityFailedAt: f.integrityFailedAt,
  uploadedById: f.uploadedById,
  uploaderAgencyId: f.uploaderAgencyId,
});

/** `{ kind, id }` of a move's custody details, or null. */
const recordOf = (value: unknown): FileRecordModel | null => {
  const record = value as { kind?: unknown; id?: unknown } | null | undefined;
  return record && typeof record.kind === 'string' && typeof record.id === 'string' ? { kind: record.kind as FileRecordModel['kind'], id: record.id } : null;
};

@Resolver(() => FileModel)
export class FilesResolver {
  constructor(
    private readonly service: FilesService,
    private readonly tickets: FileDownloadTickets,
    private readonly users: UserService,
    private readonly agencies: AgencyService,
  ) {}

  @Query(() => [FileModel], { complexity: listCost(COST.READ, 100), description: 'Files attached to a record you may read, newest first; NOT_FOUND for a record you cannot read' })
  async files(@CurrentUser() user: AuthUser, @Args('attachedTo') attachedTo: FileAttachmentInput): Promise<FileModel[]> {
    return (await this.service.list(user, attachedTo.kind, attachedTo.id)).map(toModel);
  }

  @Query(() => FileModel, { complexity: cost(COST.READ), description: 'One file; NOT_FOUND unless you may read what it is attached to' })
  async file(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<FileModel> {
    return toModel(await this.service.get(user, id));
  }

  @Query(() => [FileCustodyEntryModel], { complexity: listCost(COST.READ, 100), description: "A file's custody trail, oldest first: to its uploader's agency and the operation's coordinators (FORBIDDEN for other readers)" })
  async fileCustody(@CurrentUser() user: AuthUser, @Args('fileId', { type: () => ID }) fileId: string): Promise<FileCustodyEntryModel[]> {
    return (await this.service.custodyTrail(user, fileId)).map((row) => ({
      action: row.action,
      at: row.at,
      clientAddress: row.client_address,
      sha256: row.sha256,
      reason: typeof row.details['reason'] === 'string' ? (row.details['reason'] as string) : null,
      intact: row.action === 'FILE_VERIFIED' && typeof row.details['intact'] === 'boolean' ? (row.details['intact'] as boolean) : null,
      sha256Found: row.action === 'FILE_VERIFIED' && typeof row.details['sha256Found'] === 'string' ? (row.details['sha256Found'] as string) : null,
      movedFrom: recordOf(row.details['from']),
      movedTo: recordOf(row.details['to']),
      actorUserId: row.actor_user_id,
      actorAgencyId: row.actor_agency_id,
    }));
  }

  @Mutation(() => FileDownloadTicketModel, {
    complexity: cost(COST.LIGHT_WRITE),
    description: 'A one-time download address of a file you may read, valid 60 s in your session; NOT_FOUND as `file`, FAILED_PRECONDITION once its content is deleted',
  })
  createFileDownloadTicket(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<FileDownloadTicketModel> {
    return this.tickets.issue(user, id);
  }

  @Mutation(() => FileModel, { complexity: cost(COST.WRITE), description: "Changes a file's TLP label and handling code, with the restriction H3 needs (its uploader or a coordinator); a custody entry" })
  async setFileMarking(@CurrentUser() user: AuthUser, @Args('input') input: SetFileMarkingInput): Promise<FileModel> {
    return toModel(await this.service.setMarking(user, input.fileId, input.tlp, input.handlingCode ?? null, input.handlingCondition ?? null));
  }

  @Mutation(() => FileModel, {
    complexity: cost(COST.WRITE),
    description: "Deletes a file's content (its uploader or a coordinator) for the stated reason (BAD_USER_INPUT naming `reason` unless 3–500 characters), recorded in its custody entry; the record, SHA-256 and custody trail stay",
  })
  async deleteFile(@CurrentUser() user: AuthUser, @Args() { id, reason }: DeleteFileArgs): Promise<FileModel> {
    return toModel(await this.service.deleteContent(user, id, reason));
  }

  @Mutation(() => FileModel, { complexity: cost(COST.WRITE), description: 'Moves a file onto another record you may attach files to (its uploader only; never off a lead); a custody entry' })
  async reattachFile(@CurrentUser() user: AuthUser, @Args('input') input: ReattachFileInput): Promise<FileModel> {
    return toModel(await this.service.reattach(user, input.fileId, input.attachedTo.kind, input.attachedTo.id));
  }

  @Mutation(() => FileCheckModel, { complexity: cost(COST.WRITE), description: 'Checks the stored content against the SHA-256 recorded at upload (a custody entry)' })
  verifyFile(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<FileCheckModel> {
    return this.service.verify(user, id);
  }

  @Mutation(() => Int, { complexity: cost(COST.WRITE), description: "Sets how many days the operation keeps file contents (its coordinators; 1 to FILE_RETENTION_MAX_DAYS); returns the days" })
  setOperationFileRetention(@CurrentUser() user: AuthUser, @Args('operationId', { type: () => ID }) operationId: string, @Args('days', { type: () => Int }) days: number): Promise<number> {
    return this.service.setRetention(user, operationId, days);
  }

  @ResolveField(() => UserModel, { nullable: true, complexity: cost(COST.BATCHED), description: 'Who uploaded it' })
  uploadedBy(@Parent() file: FileModel): Promise<UserModel | null> {
    return this.users.findById(file.uploadedById);
  }

  @ResolveField(() => AgencyModel, { nullable: true, complexity: cost(COST.BATCHED), description: "The uploader's agency" })
  uploaderAgency(@Parent() file: FileModel): Promise<AgencyModel | null> {
    return this.agencies.findById(file.uploaderAgencyId);
  }
}

@Resolver(() => FileCustodyEntryModel)
export class FileCustodyResolver {
  constructor(
    private readonly users: UserService,
    private readonly agencies: AgencyService,
  ) {}

  @ResolveField(() => UserModel, { nullable: true, complexity: cost(COST.BATCHED), description: 'Who acted (null for the retention sweep)' })
  actor(@Parent() entry: FileCustodyEntryModel): Promise<UserModel | null> {
    return entry.actorUserId ? this.users.findById(entry.actorUserId) : Promise.resolve(null);
  }

  @ResolveField(() => AgencyModel, { nullable: true, complexity: cost(COST.BATCHED), description: "The actor's agency" })
  agency(@Parent() entry: FileCustodyEntryModel): Promise<AgencyModel | null> {
    return entry.actorAgencyId ? this.agencies.findById(entry.actorAgencyId) : Promise.resolve(null);
  }
}
