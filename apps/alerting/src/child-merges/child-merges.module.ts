import { Module } from '@nestjs/common';
import { ChildMergesConsumer, FollowChildMerge } from './follow-child-merge';

@Module({ providers: [FollowChildMerge, ChildMergesConsumer] })
export class ChildMergesModule {}
