import { staffTokenGuardProviders } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { EducationConfig } from '../education.config';
import { ChildrenNotInSchoolController } from './children-not-in-school.controller';
import { ListChildrenNotInSchool } from './list-children-not-in-school';

@Module({ controllers: [ChildrenNotInSchoolController], providers: [ListChildrenNotInSchool, ...staffTokenGuardProviders(EducationConfig)] })
export class ChildrenNotInSchoolModule {}
