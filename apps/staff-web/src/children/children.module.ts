import { Module } from '@nestjs/common';
import { ChildrenController } from './children.controller';
import { SearchChildren } from './search-children';
import { ShowChildRecord } from './show-child-record';

@Module({
  controllers: [ChildrenController],
  providers: [SearchChildren, ShowChildRecord],
})
export class ChildrenModule {}
