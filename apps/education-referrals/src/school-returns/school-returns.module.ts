import { RequireJson } from '@homeward/platform';
import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { CmeCasesModule } from '../cme-cases/cme-cases.module';
import { SchoolsModule } from '../schools/schools.module';
import { ReceiveSchoolReturn } from './receive-school-return';
import { SchoolReturnsController } from './school-returns.controller';

@Module({
  imports: [SchoolsModule, CmeCasesModule],
  controllers: [SchoolReturnsController],
  providers: [ReceiveSchoolReturn],
})
export class SchoolReturnsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequireJson).forRoutes(SchoolReturnsController);
  }
}
