import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Alert } from './alert.entity';
import { ListAlerts, ListAlertsQuery } from './list-alerts';

@ApiTags('alerts')
@Controller('v1/alerts')
export class AlertsController {
  constructor(private readonly listAlerts: ListAlerts) {}

  @Get()
  @ApiOkResponse({ description: 'Alerts, newest first: kind, recipient, references and a summary without personal data' })
  list(@Query() query: ListAlertsQuery): Promise<Alert[]> {
    return this.listAlerts.execute(query);
  }
}
