import { Module } from '@nestjs/common';
import { ProtocolVersionsModule } from '../protocol-versions/protocol-versions.module';
import { RunWhatIf } from './run-what-if';
import { WhatIfController } from './what-if.controller';

@Module({ imports: [ProtocolVersionsModule], controllers: [WhatIfController], providers: [RunWhatIf] })
export class WhatIfModule {}
