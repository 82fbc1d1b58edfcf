import { OutboxWriter } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';
import { ChildErasuresController } from './child-erasures.controller';
import { EraseChild } from './erase-child';
import { ListChildErasures } from './list-child-erasures';

/** Its own OutboxWriter: the erase-child CLI boots this module without the service's relay. */
@Module({
  imports: [StaffAuthModule],
  controllers: [ChildErasuresController],
  providers: [EraseChild, ListChildErasures, OutboxWriter],
  exports: [EraseChild],
})
export class ChildErasuresModule {}
