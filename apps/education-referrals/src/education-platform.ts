import { PlatformModule } from '@homeward/platform';
import { CmeCase } from './cme-cases/cme-case.entity';
import { EducationConfig } from './education.config';
import { educationMigrations } from './migrations';
import { SchoolReturnRecord } from './school-returns/school-return.entity';
import { School, SchoolKey } from './schools/school.entity';

/** The platform's core as education-referrals uses it: shared by the service and the school keys CLI. */
export const EducationPlatformModule = PlatformModule.forRoot({
  service: 'education-referrals',
  config: EducationConfig,
  database: { schema: 'education', entities: [School, SchoolKey, SchoolReturnRecord, CmeCase], migrations: educationMigrations },
});
