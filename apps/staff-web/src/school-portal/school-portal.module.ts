import { Module } from '@nestjs/common';
import { SchoolReturnsController } from './school-returns.controller';
import { SchoolSignInController } from './school-sign-in.controller';
import { SendSchoolReturn, ShowSchoolReturnForm } from './send-school-return';
import { SignInWithSchoolKey } from './sign-in-with-school-key';

/**
 * The school area (/school): a school's own staff, signed in with the school's key, send the
 * school's four returns (deletion, new pupil, absence, sickness) to education-referrals as web
 * forms, instead of from their own system over HTTP. Not the LA's staff pages: AuthGuard keeps
 * the two kinds of session apart.
 */
@Module({
  // Sign-in before the returns: /school/sign-in is not a return.
  controllers: [SchoolSignInController, SchoolReturnsController],
  providers: [SignInWithSchoolKey, ShowSchoolReturnForm, SendSchoolReturn],
})
export class SchoolPortalModule {}
