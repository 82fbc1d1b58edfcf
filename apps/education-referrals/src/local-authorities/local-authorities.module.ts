import { Global, Module } from '@nestjs/common';
import { staffTokenGuardProviders } from '@homeward/platform';
import { EducationConfig } from '../education.config';
import { LocalAuthoritiesController } from './local-authorities.controller';
import { loadLocalAuthorities, LocalAuthorityDirectory } from './local-authority-directory';

/** Other LAs' CME contacts, read and validated once at start: a bad file stops the service with the entry and field named. */
@Global()
@Module({
  controllers: [LocalAuthoritiesController],
  providers: [
    { provide: LocalAuthorityDirectory, inject: [EducationConfig], useFactory: (config: EducationConfig) => loadLocalAuthorities(config.localAuthoritiesFile) },
    ...staffTokenGuardProviders(EducationConfig),
  ],
  exports: [LocalAuthorityDirectory],
})
export class LocalAuthoritiesModule {}
