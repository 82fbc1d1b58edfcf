import { Roles, STAFF_TOKEN_SCHEME } from '@homeward/platform';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ActivateVersion, ActivateVersionCommand } from './activate-version';
import { AdminKeyGuard, type AdminRequest } from './admin-key.guard';
import { CreateDraftVersion, CreateDraftVersionCommand } from './create-draft-version';
import { ListVersions } from './list-versions';
import { ProtocolVersion } from './protocol-version.entity';
import { ActivateVersionBody, CreateVersionBody, ProtocolVersionView } from './protocol-versions.dto';

@ApiTags('protocol versions')
@ApiBearerAuth()
@ApiBearerAuth(STAFF_TOKEN_SCHEME)
@ApiUnauthorizedResponse({ description: 'No or unknown admin key, and no valid staff token' })
@ApiForbiddenResponse({ description: 'A staff token whose role is not PROTOCOL_ADMIN (MANAGER may list)' })
@Roles('PROTOCOL_ADMIN')
@UseGuards(AdminKeyGuard)
@Controller('v1/protocol/versions')
export class ProtocolVersionsController {
  constructor(
    private readonly createDraft: CreateDraftVersion,
    private readonly activate: ActivateVersion,
    private readonly listVersions: ListVersions,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: ProtocolVersionView, description: 'The draft, stored' })
  @ApiBadRequestResponse({ description: 'problems: [{ field: "profile.rules.<rule id>", reason: "<rule id>: <problem>" }]' })
  @ApiConflictResponse({ description: 'A version with this label exists' })
  create(@Body() body: CreateVersionBody, @Req() request: AdminRequest): Promise<ProtocolVersion> {
    return this.createDraft.execute(CreateDraftVersionCommand.create({ profile: body.profile, actor: request.admin! }));
  }

  @Post(':id/activate')
  @HttpCode(200)
  @ApiOkResponse({ type: ProtocolVersionView, description: 'The version, now ACTIVE from effectiveFrom; the one it takes over from is RETIRED' })
  @ApiBadRequestResponse({ description: 'effectiveFrom in the past or not after the current version' })
  @ApiConflictResponse({ description: 'Not a draft: active versions are immutable' })
  activateVersion(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ActivateVersionBody,
    @Req() request: AdminRequest,
  ): Promise<ProtocolVersion> {
    return this.activate.execute(ActivateVersionCommand.create({ versionId: id, effectiveFrom: body.effectiveFrom, actor: request.admin! }));
  }

  @Get()
  @Roles('PROTOCOL_ADMIN', 'MANAGER')
  @ApiOkResponse({ type: [ProtocolVersionView], description: 'All versions, newest first (an admin key, or a PROTOCOL_ADMIN or MANAGER token)' })
  list(): Promise<ProtocolVersion[]> {
    return this.listVersions.execute();
  }
}
