import { Module } from '@nestjs/common';
import { ProtocolVersionsModule } from '../protocol-versions/protocol-versions.module';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';
import { RunWhatIf } from './run-what-if';
import { WhatIfController } from './what-if.controller';

@Module({ imports: [ProtocolVersionsModule, StaffAuthModule], controllers: [WhatIfController], providers: [RunWhatIf] })
export class WhatIfModule {}
