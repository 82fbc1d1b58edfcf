import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Subscription } from '../subscription.entity';

@Injectable()
export class ListSubscriptions {
  constructor(private readonly dataSource: DataSource) {}

  execute(): Promise<Subscription[]> {
    return this.dataSource.getRepository(Subscription).find({ order: { kind: 'ASC', createdAt: 'ASC' } });
  }
}
