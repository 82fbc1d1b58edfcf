import { staffTokenGuardProviders } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { EducationConfig } from '../education.config';
import { CmeFiguresController } from './cme-figures.controller';
import { GetCmeFigures } from './get-cme-figures';

@Module({ controllers: [CmeFiguresController], providers: [GetCmeFigures, ...staffTokenGuardProviders(EducationConfig)] })
export class CmeFiguresModule {}
