import { Topics } from '@homeward/contracts';
import { MessageBus } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { KeepStaffDirectoryCommand } from './keep-staff-directory.command';
import { KeepStaffDirectory } from './keep-staff-directory.usecase';

/** Kafka in: compliance-tracker's officer and leave changes. */
@Injectable()
export class StaffDirectoryConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly bus: MessageBus,
    private readonly keep: KeepStaffDirectory,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.bus.subscribe({
      groupId: 'alerting.staff-directory',
      topics: [Topics.officerChanged, Topics.leaveChanged],
      handler: (event) => this.keep.execute(KeepStaffDirectoryCommand.create(event.topic, event.envelope)),
    });
  }
}
