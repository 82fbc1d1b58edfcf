import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { StaffAuthGuard } from '../staff-auth/authenticate-officer';
import { ComplianceFigures, ComplianceFiguresQuery, GetComplianceFigures } from './get-compliance-figures';

@ApiTags('compliance')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No or unknown officer key' })
@UseGuards(StaffAuthGuard)
@Controller('v1/compliance')
export class ComplianceFiguresController {
  constructor(private readonly figures: GetComplianceFigures) {}

  @Get()
  @ApiOkResponse({ type: ComplianceFigures })
  get(@Query() query: ComplianceFiguresQuery): Promise<ComplianceFigures> {
    return this.figures.execute(query);
  }
}
