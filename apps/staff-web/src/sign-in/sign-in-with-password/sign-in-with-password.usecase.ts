import { Injectable } from '@nestjs/common';
import { ApiProblem } from '../../data/api-errors';
import { ComplianceTrackerClient } from '../../data/compliance-tracker.client';
import type { StaffTokenView } from '../../data/compliance-tracker.types';
import { SignInWithPasswordCommand } from './sign-in-with-password.command';

/** `retryAfterSeconds`: too many sign-ins have failed from this browser's address; none is tried until then. */
export type SignInOutcome = { signedIn: true; view: StaffTokenView } | { signedIn: false; retryAfterSeconds?: number };

/** Asks the staff directory for a staff token; its 401 (any wrong detail, or a disabled officer) is one answer. */
@Injectable()
export class SignInWithPassword {
  constructor(private readonly directory: ComplianceTrackerClient) {}

  async execute(command: SignInWithPasswordCommand): Promise<SignInOutcome> {
    try {
      return { signedIn: true, view: await this.directory.createSession(command.username, command.password) };
    } catch (error) {
      if (error instanceof ApiProblem && (error.status === 401 || error.status === 400)) return { signedIn: false };
      if (error instanceof ApiProblem && error.status === 429) return { signedIn: false, retryAfterSeconds: error.retryAfterSeconds ?? 60 };
      throw error;
    }
  }
}
