import { Module } from '@nestjs/common';
import { SignInController } from './sign-in.controller';
import { SignInWithPassword } from './sign-in-with-password';

@Module({
  controllers: [SignInController],
  providers: [SignInWithPassword],
})
export class SignInModule {}
