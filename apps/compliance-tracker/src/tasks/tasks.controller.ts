import { Clock } from '@homeward/contracts';
import { Correlation, validationFailed } from '@homeward/platform';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AuthenticatedOfficer, CurrentOfficer, Roles, StaffAuthGuard } from '../staff-auth/authenticate-officer';
import { CancelTask, CancelTaskCommand, CancelTaskDto } from './cancel-task';
import { ClaimTask, ClaimTaskCommand } from './claim-task';
import { GetTask, GetTaskCommand, TaskDetailView } from './get-task';
import { GetTaskHistory, GetTaskHistoryCommand, TaskHistoryEntryView } from './get-task-history';
import { ListTasks, ListTasksQuery, TaskPage } from './list-tasks';
import { ReassignTask, ReassignTaskCommand, ReassignTaskDto } from './reassign-task';
import { RecordOutcome, RecordOutcomeCommand, RecordOutcomeDto } from './record-outcome';
import { UnclaimTask, UnclaimTaskCommand } from './unclaim-task';

const taskId = new ParseUUIDPipe({ exceptionFactory: () => validationFailed([{ field: 'id', reason: 'id must be a UUID' }]) });

@ApiTags('tasks')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No or unknown officer key' })
@UseGuards(StaffAuthGuard)
@Controller('v1/tasks')
export class TasksController {
  constructor(
    private readonly listTasks: ListTasks,
    private readonly getTask: GetTask,
    private readonly getTaskHistory: GetTaskHistory,
    private readonly claimTask: ClaimTask,
    private readonly recordOutcome: RecordOutcome,
    private readonly cancelTask: CancelTask,
    private readonly reassignTask: ReassignTask,
    private readonly unclaimTask: UnclaimTask,
    private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The queue: filtered, sorted and paged, with the overdue, due-today and unclaimed counts (any role)' })
  @ApiOkResponse({ type: TaskPage })
  @ApiBadRequestResponse({ description: 'A filter, sort or paging value is not allowed; the problems name it' })
  list(@Query() query: ListTasksQuery): Promise<TaskPage> {
    return this.listTasks.execute(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One task (any role); the interview summary only for CMO and MANAGER' })
  @ApiOkResponse({ type: TaskDetailView })
  @ApiNotFoundResponse()
  detail(@Param('id', taskId) id: string, @CurrentOfficer() officer: AuthenticatedOfficer): Promise<TaskDetailView> {
    return this.getTask.execute(GetTaskCommand.create({ taskId: id, viewer: officer }));
  }

  @Get(':id/history')
  @ApiOperation({ summary: "Who did what to the task, and when, oldest first (any role)" })
  @ApiOkResponse({ type: [TaskHistoryEntryView] })
  @ApiNotFoundResponse()
  history(@Param('id', taskId) id: string): Promise<TaskHistoryEntryView[]> {
    return this.getTaskHistory.execute(GetTaskHistoryCommand.create({ taskId: id }));
  }

  @Post(':id/claim')
  @HttpCode(200)
  @Roles('CMO', 'MANAGER')
  @ApiOkResponse({ description: 'The task is now the caller\'s' })
  @ApiForbiddenResponse({ description: 'Read-only officers cannot claim' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The task is not OPEN; the message names its state' })
  claim(@Param('id', taskId) id: string, @CurrentOfficer() officer: AuthenticatedOfficer) {
    return this.claimTask.execute(ClaimTaskCommand.create({ taskId: id, actor: officer, correlationId: Correlation.currentOrNew() }));
  }

  @Post(':id/outcome')
  @HttpCode(200)
  @Roles('CMO', 'MANAGER')
  @ApiOkResponse({ description: 'The task\'s new status and recorded outcome' })
  @ApiForbiddenResponse({ description: 'Read-only officers cannot record outcomes; on a task someone holds, only they or a manager may (the message names the holder)' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The outcome is not allowed in the task\'s current state, which the message names' })
  outcome(@Param('id', taskId) id: string, @Body() body: RecordOutcomeDto, @CurrentOfficer() officer: AuthenticatedOfficer) {
    return this.recordOutcome.execute(
      RecordOutcomeCommand.create({ taskId: id, outcome: body, actor: officer, correlationId: Correlation.currentOrNew(), now: this.clock.now() }),
    );
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('MANAGER')
  @ApiOperation({ summary: 'Cancel open work with a reason (a police report made in error, a duplicate); managers only', description: 'The task is CANCELLED, its pending reminders and escalations go, compliance.task-closed.v1 says CANCELLED, and the history records who and why. Cancelled work is left out of the compliance figures.' })
  @ApiOkResponse({ description: 'The task is cancelled' })
  @ApiBadRequestResponse({ description: 'No reason, or one not in the list; the problem names the field' })
  @ApiForbiddenResponse({ description: 'Only managers cancel work' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The task is already closed; the message names its state' })
  cancel(@Param('id', taskId) id: string, @Body() body: CancelTaskDto, @CurrentOfficer() officer: AuthenticatedOfficer) {
    return this.cancelTask.execute(CancelTaskCommand.create({ taskId: id, reason: body.reason, actor: officer, correlationId: Correlation.currentOrNew() }));
  }

  @Post(':id/reassign')
  @HttpCode(200)
  @Roles('MANAGER')
  @ApiOperation({
    summary: 'Give the task to another officer (a CMO or a manager); managers only',
    description: "Open work becomes CLAIMED by them; work under way keeps its state. An officer on leave with a cover: the cover takes it (the history names the leave). The deadline's reminders and escalations stay, naming the new holder. Publishes compliance.task-assigned.v1.",
  })
  @ApiOkResponse({ description: "The task's status and its new assignee" })
  @ApiBadRequestResponse({ description: 'No such active officer, or one who cannot hold casework; the problem names the field' })
  @ApiForbiddenResponse({ description: 'Only managers reassign work' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The task is closed, already that officer\'s, or the officer is on leave with no cover' })
  reassign(@Param('id', taskId) id: string, @Body() body: ReassignTaskDto, @CurrentOfficer() officer: AuthenticatedOfficer) {
    return this.reassignTask.execute(ReassignTaskCommand.create({ taskId: id, officer: body.officer, actor: officer, correlationId: Correlation.currentOrNew() }));
  }

  @Post(':id/unclaim')
  @HttpCode(200)
  @Roles('MANAGER', 'CMO')
  @ApiOperation({
    summary: 'Put the task back in the team queue (a manager, or the CMO holding it)',
    description: 'A claimed task is OPEN again; one already offered or accepted keeps its state, unassigned. The deadline\'s alarms stay. Publishes compliance.task-assigned.v1.',
  })
  @ApiOkResponse({ description: "The task's status, unassigned" })
  @ApiForbiddenResponse({ description: 'A CMO may unclaim only their own task; read-only officers none' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The task is closed, or nobody holds it' })
  unclaim(@Param('id', taskId) id: string, @CurrentOfficer() officer: AuthenticatedOfficer) {
    return this.unclaimTask.execute(UnclaimTaskCommand.create({ taskId: id, actor: officer, correlationId: Correlation.currentOrNew() }));
  }
}
