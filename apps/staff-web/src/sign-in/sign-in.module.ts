import { Module } from '@nestjs/common';
import { BeginOidcSignIn } from './begin-oidc-sign-in';
import { CompleteOidcSignIn } from './complete-oidc-sign-in';
import { OidcSignInController } from './oidc-sign-in.controller';
import { OpenIdProvider } from './oidc/openid-provider';
import { SessionController } from './session.controller';
import { SignInController } from './sign-in.controller';
import { SignInWithPassword } from './sign-in-with-password';

@Module({
  controllers: [SignInController, OidcSignInController, SessionController],
  providers: [SignInWithPassword, OpenIdProvider, BeginOidcSignIn, CompleteOidcSignIn],
})
export class SignInModule {}
