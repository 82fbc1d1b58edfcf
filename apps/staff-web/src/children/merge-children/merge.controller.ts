import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import type { SessionUser } from '../../auth/session-user';
import { flash } from '../../web/flash';
import { childIdPipe } from '../child-id.pipe';
import { FindMergeCandidates, MergeChildRecords, ShowMergeConfirmation } from './merge-children.usecase';

const view = (name: string) => `children/views/${name}.njk`;

/** Two records of one child made one, by a manager: find the other record, confirm with both side by side, then the result on the record kept. */
@Roles('MANAGER')
@Controller('children/:id/merge')
export class MergeController {
  constructor(
    private readonly findCandidates: FindMergeCandidates,
    private readonly showConfirmation: ShowMergeConfirmation,
    private readonly mergeRecords: MergeChildRecords,
  ) {}

  @Get()
  async search(@Param('id', childIdPipe) childId: string, @Query('q') q: unknown, @CurrentUser() user: SessionUser, @Res() res: Response): Promise<void> {
    const page = await this.findCandidates.execute({ user, childId, q });
    res.status(page.errors.length > 0 ? 400 : 200).render(view('merge-search'), { pageTitle: `Merge another record into ${page.survivor.name}'s`, ...page });
  }

  @Get(':otherId')
  async confirm(@Param('id', childIdPipe) childId: string, @Param('otherId', childIdPipe) otherId: string, @CurrentUser() user: SessionUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    const page = await this.showConfirmation.execute({ user, childId, otherId });
    if (page.sameRecord) return this.notMerged(req, res, childId, 'These are already one record');
    res.render(view('merge-confirm'), { pageTitle: `Merge ${page.merged.name}'s record into ${page.survivor.name}'s?`, ...page });
  }

  @Post(':otherId')
  async merge(@Param('id', childIdPipe) childId: string, @Param('otherId', childIdPipe) otherId: string, @CurrentUser() user: SessionUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { survivor, merged } = await this.showConfirmation.execute({ user, childId, otherId });
    const outcome = await this.mergeRecords.execute({ user, childId: survivor.id, otherId: merged.id });
    if (!outcome.merged) {
      return this.notMerged(req, res, survivor.id, outcome.why === 'ALREADY_MERGED' ? 'One of these records was already merged into another, so nothing changed' : 'These are already one record');
    }
    const episodes = `${outcome.episodesMoved} ${outcome.episodesMoved === 1 ? 'episode' : 'episodes'}`;
    flash(req, {
      heading: `${merged.name}'s record is merged into this one`,
      text: `${episodes} moved here and count in the repeat count. Tasks and alerts follow them, and the other record's links open this record from now on.`,
    });
    res.redirect(303, `/children/${survivor.id}`);
  }

  private notMerged(req: Request, res: Response, childId: string, heading: string): void {
    flash(req, { type: 'important', heading });
    res.redirect(303, `/children/${childId}`);
  }
}
