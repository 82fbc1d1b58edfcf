import { Correlation } from '@homeward/platform';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { StaffTokenView } from './issue-staff-token';
import { SignInDto, SignInWithPassword, SignInWithPasswordCommand } from './sign-in-with-password';
import { OidcSignInDto, SignInWithOidc, SignInWithOidcCommand } from './sign-in-with-oidc';

/** Sign-in: a person's password, or their identity provider's word, buys a staff token. No key needed. */
@ApiTags('staff')
@Controller('v1/staff')
export class StaffSessionsController {
  constructor(
    private readonly signInWithPassword: SignInWithPassword,
    private readonly signInWithOidc: SignInWithOidc,
  ) {}

  @Post('sessions')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in with a username and password',
    description:
      'For staff-web\'s sign-in page. Passwords are kept as scrypt hashes. After five wrong passwords in a row for one username, attempts are not looked at for 30 s, doubling to at most 15 min (answered with the same 401).',
  })
  @ApiOkResponse({ type: StaffTokenView })
  @ApiBadRequestResponse({ description: 'username or password missing or empty; the problems name the field' })
  @ApiUnauthorizedResponse({ description: "`{ message: 'the username or password is not right' }`: the same answer for an unknown username, a wrong password, a disabled officer" })
  signIn(@Body() body: SignInDto): Promise<StaffTokenView> {
    return this.signInWithPassword.execute(SignInWithPasswordCommand.create({ credentials: body, correlationId: Correlation.currentOrNew() }));
  }

  @Post('oidc-sessions')
  @HttpCode(200)
  @ApiOperation({
    summary: "Sign in with an ID token from the council's identity provider",
    description:
      'The ID token is verified against the keys of OIDC_ISSUER_URL (its discovery document\'s jwks_uri): issuer, audience OIDC_CLIENT_ID, expiry, issued in the last 10 minutes. The username comes from OIDC_USERNAME_CLAIM (preferred_username), the name from `name`, the role from OIDC_ROLE_CLAIM (roles) through OIDC_ROLE_MAP. The officer is created on first sign-in and their name and role refreshed each time.',
  })
  @ApiOkResponse({ type: StaffTokenView })
  @ApiBadRequestResponse({ description: 'idToken missing or empty' })
  @ApiUnauthorizedResponse({ description: 'The ID token is not valid here (signature, issuer, audience, expiry), names no username, or the officer is disabled' })
  @ApiForbiddenResponse({ description: 'None of the person\'s groups maps to a Homeward role (OIDC_ROLE_MAP)' })
  @ApiNotFoundResponse({ description: 'Sign-in through an identity provider is not set up (no OIDC_ISSUER_URL)' })
  @ApiServiceUnavailableResponse({ description: "The identity provider's discovery document or keys cannot be fetched" })
  signInWithIdToken(@Body() body: OidcSignInDto): Promise<StaffTokenView> {
    return this.signInWithOidc.execute(SignInWithOidcCommand.create({ body, correlationId: Correlation.currentOrNew() }));
  }
}
