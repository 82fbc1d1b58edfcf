import { Clock } from '@homeward/contracts';
import { validationFailed } from '@homeward/platform';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AuthenticatedOfficer, CurrentOfficer, Roles, StaffAuthGuard } from '../staff-auth/authenticate-officer';
import { AskPlacingAuthority, AskPlacingAuthorityCommand, AskPlacingAuthorityDto } from './ask-placing-authority';
import { ListRequests, ListRequestsCommand } from './list-requests';
import { PlacingAuthorityRequestView } from './placing-authority-request.view';
import { RecordReply, RecordReplyCommand, RecordReplyDto } from './record-reply';

const uuid = (field: string) => new ParseUUIDPipe({ exceptionFactory: () => validationFailed([{ field, reason: `${field} must be a UUID` }]) });

@ApiTags('placing-authority-requests')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No or unknown officer key or staff token' })
@UseGuards(StaffAuthGuard)
@Controller('v1')
export class PlacingAuthorityRequestsController {
  constructor(
    private readonly ask: AskPlacingAuthority,
    private readonly listRequests: ListRequests,
    private readonly recordReply: RecordReply,
    private readonly clock: Clock,
  ) {}

  @Post('tasks/:taskId/placing-authority-requests')
  @Roles('CMO', 'MANAGER')
  @ApiOperation({ summary: "Record that the placing authority was asked for its CSE risk assessment and risk management plan; the reply is chased after the configured working days" })
  @ApiCreatedResponse({ type: PlacingAuthorityRequestView })
  @ApiBadRequestResponse({ description: 'A field is missing or wrong (askedAt in the future...); the problems name it' })
  @ApiForbiddenResponse({ description: 'Only a CMO or a manager asks' })
  @ApiNotFoundResponse()
  record(@Param('taskId', uuid('taskId')) taskId: string, @Body() body: AskPlacingAuthorityDto, @CurrentOfficer() actor: AuthenticatedOfficer): Promise<PlacingAuthorityRequestView> {
    return this.ask.execute(AskPlacingAuthorityCommand.create({ taskId, request: body, actor, now: this.clock.now() }));
  }

  @Get('tasks/:taskId/placing-authority-requests')
  @ApiOperation({ summary: "The task's requests to the placing authority, each with its trail: asked, each chase, the reply (any role)" })
  @ApiOkResponse({ type: [PlacingAuthorityRequestView] })
  @ApiNotFoundResponse()
  list(@Param('taskId', uuid('taskId')) taskId: string): Promise<PlacingAuthorityRequestView[]> {
    return this.listRequests.execute(ListRequestsCommand.create({ taskId }));
  }

  @Post('placing-authority-requests/:id/reply')
  @HttpCode(200)
  @Roles('CMO', 'MANAGER')
  @ApiOperation({ summary: "Record the placing authority's reply (when, and whether the assessment and the plan came); pending chases are cancelled" })
  @ApiOkResponse({ type: PlacingAuthorityRequestView })
  @ApiBadRequestResponse({ description: 'A field is missing or wrong (receivedAt in the future or before the request); the problems name it' })
  @ApiForbiddenResponse({ description: 'Only a CMO or a manager records the reply' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The reply is already recorded' })
  reply(@Param('id', uuid('id')) id: string, @Body() body: RecordReplyDto, @CurrentOfficer() actor: AuthenticatedOfficer): Promise<PlacingAuthorityRequestView> {
    return this.recordReply.execute(RecordReplyCommand.create({ requestId: id, reply: body, actor, now: this.clock.now() }));
  }
}
