import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { StaffAuthGuard } from './authenticate-officer';
import { ListOfficers, OfficerView } from './list-officers';

@ApiTags('staff')
@ApiBearerAuth()
@UseGuards(StaffAuthGuard)
@Controller('v1/officers')
export class OfficersController {
  constructor(private readonly listOfficers: ListOfficers) {}

  @Get()
  @ApiOperation({ summary: 'The staff directory', description: 'Everyone, by name, with their role, whether they are disabled and whether they are on leave now. Any role.' })
  @ApiOkResponse({ type: OfficerView, isArray: true })
  @ApiUnauthorizedResponse({ description: 'No valid officer key or staff token' })
  list(): Promise<OfficerView[]> {
    return this.listOfficers.execute();
  }
}
