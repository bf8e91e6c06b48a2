import { ArgsType, Field, Float, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CleanText, HandlingConditionField, IsSafeText } from '@taskforce/api-core';
import { FILE_DELETION_REASON_LENGTH, FileAttachmentKind, HandlingCode, TlpLabel } from '@taskforce/domain';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { FileState } from './evidence-file.entity';

registerEnumType(FileAttachmentKind, { name: 'FileAttachmentKind', description: 'What a file is attached to; it is readable by exactly those who may read that record' });
registerEnumType(FileState, { name: 'FileState', description: 'STORED, CONTENT_DELETED (record, SHA-256 and custody trail kept); UPLOADING is never answered: an upload in progress is reached only over tus, by its uploader' });

@ObjectType('File', { description: 'An evidence file attached to a record of a joint operation or to a lead. Instants UTC, sizes in bytes' })
export class FileModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'Sanitised name it is offered under' }) name!: string;
  @Field(() => Float, { description: 'Bytes' }) size!: number;
  @Field(() => String, { nullable: true, description: 'Lowercase hex SHA-256 of the content, computed while it arrived' }) sha256!: string | null;
  @Field(() => TlpLabel) tlp!: TlpLabel;
  @Field(() => HandlingCode, { nullable: true }) handlingCode!: HandlingCode | null;
  @Field(() => String, { nullable: true, description: 'The restriction handling code H3 (other restrictions, stated by the provider) stands for, as the provider wrote it; null without H3' }) handlingCondition!: string | null;
  @Field(() => String, { nullable: true, description: 'Type detected from the content; null when not recognised' }) contentType!: string | null;
  @Field(() => FileAttachmentKind) attachedKind!: FileAttachmentKind;
  @Field(() => ID) attachedId!: string;
  @Field(() => FileState) state!: FileState;
  @Field(() => Date, { nullable: true, description: 'When the last byte arrived' }) uploadedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: "When its content will be deleted (the operation's retention period; FILE_RETENTION_DAYS for a lead outside operations)" }) expiresAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When its content was deleted' }) deletedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why its content was deleted: "retention period ended", or the reason the person who deleted it stated' }) deletedReason!: string | null;
  @Field(() => Date, {
    nullable: true,
    description: 'Since when (UTC) its stored content is known to differ from its SHA-256: the first check (verifyFile) that found it altered; null when the last check matched or none was made. Still downloadable, for forensic work',
  })
  integrityFailedAt!: Date | null;
  uploadedById!: string;
  uploaderAgencyId!: string;
}

@ObjectType('FileRecord', { description: 'A record a file is or was attached to' })
export class FileRecordModel {
  @Field(() => FileAttachmentKind) kind!: FileAttachmentKind;
  @Field(() => ID) id!: string;
}

@ObjectType('FileCustodyEntry', { description: "One entry of a file's custody trail, from the audit chain" })
export class FileCustodyEntryModel {
  @Field({ description: 'FILE_UPLOADED, FILE_DOWNLOADED, FILE_MARKING_CHANGED, FILE_VERIFIED, FILE_REATTACHED or FILE_CONTENT_DELETED' }) action!: string;
  @Field({ description: 'UTC' }) at!: Date;
  @Field(() => String, { nullable: true, description: 'The client address the request came from' }) clientAddress!: string | null;
  @Field(() => String, { nullable: true, description: 'The SHA-256 recorded for the file at upload, as it stood at that moment' }) sha256!: string | null;
  @Field(() => String, { nullable: true, description: 'For a deletion (FILE_CONTENT_DELETED): why — the reason its deleter stated, or "retention period ended"; null for other actions' }) reason!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'For a check (FILE_VERIFIED): whether the stored content matched the SHA-256; null for other actions' }) intact!: boolean | null;
  @Field(() => String, { nullable: true, description: 'For a check (FILE_VERIFIED): the SHA-256 of the content as stored then ("missing" when it was gone); null for other actions' }) sha256Found!: string | null;
  @Field(() => FileRecordModel, { nullable: true, description: 'For a move (FILE_REATTACHED): the record the file left' }) movedFrom!: FileRecordModel | null;
  @Field(() => FileRecordModel, { nullable: true, description: 'For a move (FILE_REATTACHED): the record the file went to' }) movedTo!: FileRecordModel | null;
  actorUserId!: string | null;
  actorAgencyId!: string | null;
}

@ObjectType('FileCheck', { description: 'The stored content checked against the SHA-256 recorded at upload' })
export class FileCheckModel {
  @Field() expected!: string;
  @Field({ description: 'SHA-256 of the content as stored now ("missing" when it is gone)' }) found!: string;
  @Field() intact!: boolean;
}

@ObjectType('FileDownloadTicket', { description: 'A one-time address to download one file without other credentials (a browser navigating to it saves the file straight to disk)' })
export class FileDownloadTicketModel {
  @Field({ description: 'GET this path on the API\'s origin (`/files/<id>?ticket=…`) once, within 60 s, in the same session; 404 after that, as for an unknown file' }) url!: string;
  @Field({ description: 'End of validity (UTC), 60 s after issue' }) expiresAt!: Date;
}

@InputType()
export class FileAttachmentInput {
  @Field(() => FileAttachmentKind)
  @IsEnum(FileAttachmentKind, { message: `kind must be one of ${Object.values(FileAttachmentKind).join(', ')}` })
  kind!: FileAttachmentKind;

  @Field(() => ID)
  @IsString()
  id!: string;
}

@ArgsType()
export class DeleteFileArgs {
  @Field(() => ID)
  @IsString()
  id!: string;

  @Field({ description: `Why the content is deleted, for the custody trail: ${FILE_DELETION_REASON_LENGTH.min}–${FILE_DELETION_REASON_LENGTH.max} characters once invisible controls are removed and it is trimmed` })
  @CleanText()
  @IsSafeText()
  @IsString()
  @MinLength(FILE_DELETION_REASON_LENGTH.min, { message: `reason must be at least ${FILE_DELETION_REASON_LENGTH.min} characters: why the content is deleted` })
  @MaxLength(FILE_DELETION_REASON_LENGTH.max, { message: `reason must be at most ${FILE_DELETION_REASON_LENGTH.max} characters` })
  reason!: string;
}

@InputType()
export class SetFileMarkingInput {
  @Field(() => ID)
  @IsString()
  fileId!: string;

  @Field(() => TlpLabel)
  @IsEnum(TlpLabel, { message: 'tlp must be one of CLEAR, GREEN, AMBER, AMBER_STRICT, RED' })
  tlp!: TlpLabel;

  @Field(() => HandlingCode, { nullable: true })
  @IsOptional()
  @IsEnum(HandlingCode, { message: 'handlingCode must be one of H0, H1, H2, H3' })
  handlingCode?: HandlingCode | null;

  @HandlingConditionField()
  handlingCondition?: string | null;
}

@InputType()
export class ReattachFileInput {
  @Field(() => ID)
  @IsString()
  fileId!: string;

  @Field(() => FileAttachmentInput, { description: 'The record the file moves to' })
  @ValidateNested()
  @Type(() => FileAttachmentInput)
  attachedTo!: FileAttachmentInput;
}
