import { Module } from '@nestjs/common';
import { ListRecordViews } from './list-record-views';
import { RecordViews } from './record-views';

@Module({ providers: [RecordViews, ListRecordViews], exports: [RecordViews, ListRecordViews] })
export class RecordViewsModule {}
