import { ApiProperty } from '@nestjs/swagger';

export class LocalAuthorityView {
  @ApiProperty({ example: 'E10000024', description: "The LA's E-code: what POST /v1/cme-cases/{id}/outcome takes as `authority`" }) code: string;
  @ApiProperty({ example: 'Nottinghamshire County Council' }) name: string;
  @ApiProperty({ example: 'cme@nottinghamshire.example.gov.uk', description: "The CME team's mailbox, where a hand-over notice goes" }) cmeMailbox: string;
}
