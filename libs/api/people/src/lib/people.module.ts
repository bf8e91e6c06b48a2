import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '@taskforce/api-agencies';
import { AuthModule } from '@taskforce/api-auth';
import { OneTimeLinkEntity } from './one-time-link.entity';
import { PeoplePolicy } from './people.policy';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';

/** Agency admins manage their agency's people; one-time links to set a password; platform admins create agencies. */
@Module({
  imports: [TypeOrmModule.forFeature([OneTimeLinkEntity]), AgenciesModule, AuthModule],
  providers: [PeoplePolicy, PeopleService, PeopleResolver],
  exports: [PeopleService, PeoplePolicy],
})
export class PeopleModule {}
