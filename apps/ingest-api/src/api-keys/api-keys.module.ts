import { Module } from '@nestjs/common';
import { AuthenticateForce, ForceAuthGuard } from './authenticate-force';
import { CreateApiKey } from './create-api-key';
import { ListApiKeys } from './list-api-keys';
import { RevokeApiKey } from './revoke-api-key';
import { RotateApiKey } from './rotate-api-key';

const useCases = [AuthenticateForce, CreateApiKey, ListApiKeys, RotateApiKey, RevokeApiKey];

@Module({
  providers: [...useCases, ForceAuthGuard],
  exports: [...useCases, ForceAuthGuard],
})
export class ApiKeysModule {}
