import { Module } from '@nestjs/common';
import { EraseStoredBodies, EraseStoredBodiesConsumer } from './erase-stored-bodies';

@Module({ providers: [EraseStoredBodies, EraseStoredBodiesConsumer] })
export class ChildErasuresModule {}
