import { StaffEndpoint } from '@homeward/platform';
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { LocalAuthorityDirectory } from './local-authority-directory';
import { LocalAuthorityView } from './local-authority.view';

/** The other LAs a CME case can be handed over to (any staff role: configuration, no child's data). */
@ApiTags('local-authorities')
@StaffEndpoint()
@Controller('v1/local-authorities')
export class LocalAuthoritiesController {
  constructor(private readonly directory: LocalAuthorityDirectory) {}

  @Get()
  @ApiOkResponse({ type: [LocalAuthorityView], description: 'The directory of other LAs’ CME contacts, in name order' })
  list(): LocalAuthorityView[] {
    return this.directory.list().map(({ code, name, cmeMailbox }) => ({ code, name, cmeMailbox }));
  }
}
