import { Injectable } from '@nestjs/common';
import { ApiProblem } from '../../data/api-errors';
import { EducationReferralsClient } from '../../data/education-referrals.client';
import { SignInWithSchoolKeyCommand } from './sign-in-with-school-key.command';

/** `retryAfterSeconds`: too many refused keys from this browser's address; education-referrals tries none until then. */
export type SchoolSignInOutcome = { signedIn: true; school: { urn: string; name: string; key: string } } | { signedIn: false; retryAfterSeconds?: number };

/**
 * Asks education-referrals which school the key is (GET /v1/schools/me). It counts refused keys
 * per browser address (staff-web sends the address, as for a staff sign-in), so guessing is
 * limited there, in one place, for the API and this page alike.
 */
@Injectable()
export class SignInWithSchoolKey {
  constructor(private readonly education: EducationReferralsClient) {}

  async execute(command: SignInWithSchoolKeyCommand): Promise<SchoolSignInOutcome> {
    try {
      const school = await this.education.schoolForKey(command.key);
      return { signedIn: true, school: { urn: school.urn, name: school.name, key: command.key } };
    } catch (error) {
      if (error instanceof ApiProblem && (error.status === 401 || error.status === 400)) return { signedIn: false };
      if (error instanceof ApiProblem && error.status === 429) return { signedIn: false, retryAfterSeconds: error.retryAfterSeconds ?? 60 };
      throw error;
    }
  }
}
