import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { TokenRefresh } from './token-refresh';

@Module({
  providers: [TokenRefresh, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenRefresh],
})
export class AuthModule {}
