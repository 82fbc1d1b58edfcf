/**
 * The ceiling for any NestJS endpoint on this machine: a Nest app (Express, as the services)
 * whose POST parses the JSON body and answers 202, with no validation, logging or database.
 * Run as its own process: node --import tsx tests/bench/system/bare-handler.ts <port>
 */
import 'reflect-metadata';
import { Body, Controller, HttpCode, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

@Controller('v1/notifications')
class BareController {
  @Post()
  @HttpCode(202)
  accept(@Body() body: { notificationId?: string }) {
    return { notificationId: body.notificationId, status: 'ACCEPTED' };
  }
}

@Module({ controllers: [BareController] })
class BareModule {}

async function main() {
  const app = await NestFactory.create(BareModule, { logger: ['error'] });
  await app.listen(Number(process.argv[2]), '127.0.0.1');
  process.stdout.write('READY\n');
}

void main();
