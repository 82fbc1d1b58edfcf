import { CurrentStaff, Roles, StaffEndpoint, type StaffIdentity, uuidId } from '@homeward/platform';
import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllocatedWorkerBody, AllocatedWorkerView } from './allocated-worker.view';
import { RecordAllocatedWorker, RecordAllocatedWorkerCommand } from './record-allocated-worker';

@ApiTags('children')
@StaffEndpoint()
@Controller('v1/children')
export class AllocatedWorkersController {
  constructor(private readonly recordAllocatedWorker: RecordAllocatedWorker) {}

  @Put(':id/allocated-worker')
  @Roles('CMO', 'MANAGER')
  @ApiOkResponse({
    type: AllocatedWorkerView,
    description: "Records the child's allocated worker (audited: who, when, from, to). Later risk-management follow-ups go to them; with none, to the team manager (CMO or MANAGER)",
  })
  @ApiBadRequestResponse({ description: 'problems: id not a UUID; staffId not a staff id or null' })
  @ApiNotFoundResponse({ description: 'No such child' })
  record(@Param('id', uuidId()) id: string, @Body() body: AllocatedWorkerBody, @CurrentStaff() staff: StaffIdentity): Promise<AllocatedWorkerView> {
    return this.recordAllocatedWorker.execute(RecordAllocatedWorkerCommand.create({ childId: id, staffId: body.staffId, actor: staff }));
  }
}
