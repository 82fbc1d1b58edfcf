import { Module } from '@nestjs/common';
import { EducationPlatformModule } from '../education-platform';
import { SchoolsModule } from '../schools/schools.module';

/** Just the school key use cases: the CLI needs no broker. */
@Module({ imports: [EducationPlatformModule, SchoolsModule] })
export class SchoolKeysCliModule {}
