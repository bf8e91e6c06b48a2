import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '@taskforce/api-agencies';
import { AuditModule } from '@taskforce/api-audit';
import { AuthModule } from '@taskforce/api-auth';
import { LeadsModule } from '@taskforce/api-leads';
import { OperationsModule } from '@taskforce/api-operations';
import { AttachmentPolicy } from './attachment.policy';
import { EvidenceFileEntity } from './evidence-file.entity';
import { FileAnnouncer } from './file-announcer';
import { FileDownloadTickets } from './file-download-tickets';
import { FilesController } from './files.controller';
import { FileCustodyResolver, FilesResolver } from './files.resolver';
import { FilesService } from './files.service';
import { MultipartUploads } from './multipart-upload';

/** Evidence files: tus and multipart uploads, downloads, custody trail, retention (README.md). */
@Module({
  imports: [TypeOrmModule.forFeature([EvidenceFileEntity]), AgenciesModule, AuditModule, AuthModule, LeadsModule, OperationsModule],
  controllers: [FilesController],
  providers: [AttachmentPolicy, FileAnnouncer, FileDownloadTickets, FilesService, FilesResolver, FileCustodyResolver, MultipartUploads],
  exports: [FilesService, FileAnnouncer],
})
export class FilesModule {}
