import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { School } from '../school.entity';

/** What a school is told about itself: the URN and name its key stands for. */
export interface OwnSchoolView {
  urn: string;
  name: string;
}

/**
 * "Which school is this key?": staff-web asks it when a school's staff sign in with the key,
 * and shows them the name. The key has already been checked (SchoolAuthGuard); this reads the
 * school as registered now, so a rename with `school-keys create` shows at the next sign-in.
 */
@Injectable()
export class ShowOwnSchool {
  constructor(private readonly dataSource: DataSource) {}

  async execute(command: { urn: string }): Promise<OwnSchoolView | null> {
    const school = await this.dataSource.getRepository(School).findOneBy({ urn: command.urn });
    return school ? { urn: school.urn, name: school.name } : null;
  }
}
