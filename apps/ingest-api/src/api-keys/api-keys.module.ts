import { Module } from '@nestjs/common';
import { AuthenticateForce, ForceAuthGuard } from './authenticate-force';
import { CreateApiKey } from './create-api-key';

@Module({
  providers: [AuthenticateForce, ForceAuthGuard, CreateApiKey],
  exports: [AuthenticateForce, ForceAuthGuard, CreateApiKey],
})
export class ApiKeysModule {}
