import { CurrentStaff, StaffEndpoint, type StaffIdentity } from '@homeward/platform';
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { NotInSchoolEntryView } from './children-not-in-school.views';
import { ListChildrenNotInSchool } from './list-children-not-in-school';

@ApiTags('children-not-in-school')
@StaffEndpoint()
@Controller('v1/children-not-in-school')
export class ChildrenNotInSchoolController {
  constructor(private readonly list: ListChildrenNotInSchool) {}

  @Get()
  @ApiOkResponse({ type: [NotInSchoolEntryView], description: 'Children of compulsory school age in the area who are not registered pupils, longest first (any staff role; each read is recorded)' })
  get(@CurrentStaff() staff: StaffIdentity): Promise<NotInSchoolEntryView[]> {
    return this.list.execute({ staff });
  }
}
