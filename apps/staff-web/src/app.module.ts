import { Module } from '@nestjs/common';
import { AlertsModule } from './alerts/alerts.module';
import { AuthModule } from './auth/auth.module';
import { ChildrenModule } from './children/children.module';
import { CmeModule } from './cme/cme.module';
import { ComplianceModule } from './compliance/compliance.module';
import { LeaveModule } from './leave/leave.module';
import { MeetingListsModule } from './meeting-lists/meeting-lists.module';
import { ProtocolModule } from './protocol/protocol.module';
import { ReportsModule } from './reports/reports.module';
import { SchoolPortalModule } from './school-portal/school-portal.module';
import { DataModule } from './data/data.module';
import { HealthModule } from './health/health.module';
import { HomeModule } from './home/home.module';
import { SignInModule } from './sign-in/sign-in.module';
import { StaffWebConfigModule } from './staff-web.config';
import { TasksModule } from './tasks/tasks.module';
import { StaffWebLoggingModule } from './web/logging.module';
import { WebModule } from './web/web.module';

@Module({
  imports: [
    StaffWebConfigModule,
    StaffWebLoggingModule,
    WebModule,
    HealthModule,
    DataModule,
    AuthModule,
    HomeModule,
    SignInModule,
    ComplianceModule,
    LeaveModule,
    ProtocolModule,
    ChildrenModule,
    MeetingListsModule,
    CmeModule,
    AlertsModule,
    TasksModule,
    SchoolPortalModule,
    ReportsModule,
    // Pages: one module a feature, added here (TasksModule, ChildrenModule, AlertsModule, ...).
  ],
})
export class AppModule {}
