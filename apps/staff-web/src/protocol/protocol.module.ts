import { Module } from '@nestjs/common';
import { ProtocolController } from './protocol.controller';
import { RunWhatIfPage } from './run-what-if';
import { ShowVersions } from './show-versions';

@Module({
  controllers: [ProtocolController],
  providers: [ShowVersions, RunWhatIfPage],
})
export class ProtocolModule {}
