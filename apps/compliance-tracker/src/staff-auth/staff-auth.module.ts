import { OutboxWriter } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { AuthenticateOfficer, StaffAuthGuard } from './authenticate-officer';
import { CreateOfficer } from './create-officer';
import { DisableOfficer } from './disable-officer';
import { EscalationLadder } from './escalation-ladder';
import { IssueStaffToken } from './issue-staff-token';
import { ListOfficers } from './list-officers';
import { OfficerAnnouncer } from './officer-announcer';
import { OfficersController } from './officers.controller';
import { SetOfficerPassword } from './set-officer-password';
import { IdTokenVerifier, SignInWithOidc } from './sign-in-with-oidc';
import { SignInWithPassword } from './sign-in-with-password';
import { StaffSessionsController } from './staff-sessions.controller';
import { StaffTokenController } from './staff-token.controller';

@Module({
  controllers: [StaffSessionsController, StaffTokenController, OfficersController],
  providers: [
    AuthenticateOfficer,
    StaffAuthGuard,
    CreateOfficer,
    SetOfficerPassword,
    DisableOfficer,
    ListOfficers,
    IssueStaffToken,
    SignInWithPassword,
    SignInWithOidc,
    IdTokenVerifier,
    OfficerAnnouncer,
    EscalationLadder,
    // The writer is stateless: provided here too, the officers CLI (which runs no relay) can announce changes.
    OutboxWriter,
  ],
  exports: [AuthenticateOfficer, StaffAuthGuard, CreateOfficer, SetOfficerPassword, DisableOfficer, ListOfficers],
})
export class StaffAuthModule {}
