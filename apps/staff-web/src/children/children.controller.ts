import { Controller, Get, NotFoundException, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentUser } from '../auth/current-user.decorator';
import type { SessionUser } from '../auth/session-user';
import { readChildSearch } from './child-search.form';
import { SearchChildren, SearchChildrenCommand } from './search-children';
import { ShowChildRecord, ShowChildRecordCommand } from './show-child-record';

const SEARCH_VIEW = 'children/views/search.njk';
const RECORD_VIEW = 'children/views/record.njk';

/** Finding a child, and the child's record. Any signed-in role: each read is recorded by protocol-engine. */
@Controller('children')
export class ChildrenController {
  constructor(
    private readonly searchChildren: SearchChildren,
    private readonly showChildRecord: ShowChildRecord,
  ) {}

  @Get('search')
  async search(@Query('q') raw: unknown, @CurrentUser() user: SessionUser, @Res() res: Response): Promise<void> {
    const form = readChildSearch(raw);
    if (form.q === undefined) return res.render(SEARCH_VIEW, { pageTitle: 'Find a child' });
    if (form.errors.length > 0) return res.status(400).render(SEARCH_VIEW, { pageTitle: 'Find a child', q: form.q, errors: form.errors });

    const outcome = await this.searchChildren.execute(SearchChildrenCommand.create(user.token, form.q));
    res.status(outcome.errors.length > 0 ? 400 : 200).render(SEARCH_VIEW, { pageTitle: 'Find a child', q: form.q, searched: true, ...outcome });
  }

  @Get(':id')
  async record(@Param('id') id: string, @CurrentUser() user: SessionUser, @Res() res: Response): Promise<void> {
    const command = ShowChildRecordCommand.create(user, id);
    if (!command) throw new NotFoundException();
    const page = await this.showChildRecord.execute(command);
    const actions = { casework: user.role === 'CMO' || user.role === 'MANAGER', manager: user.role === 'MANAGER' };
    res.render(RECORD_VIEW, { pageTitle: page.child.name, ...page, actions });
  }
}
