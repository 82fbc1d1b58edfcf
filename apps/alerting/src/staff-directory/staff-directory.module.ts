import { Module } from '@nestjs/common';
import { KeepStaffDirectory, StaffDirectoryConsumer } from './keep-staff-directory';
import { StaffDirectory } from './staff-directory';

/** Who holds the escalation ladder and who is away, as compliance-tracker announces them. */
@Module({ providers: [KeepStaffDirectory, StaffDirectoryConsumer, StaffDirectory], exports: [StaffDirectory] })
export class StaffDirectoryModule {}
