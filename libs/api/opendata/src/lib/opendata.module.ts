import { Module } from '@nestjs/common';
import { OpenDataController } from './open-data.controller';
import { OpenDataRepository } from './open-data.repository';
import { OpenDataService } from './open-data.service';

/** Feeds and exports of the published record (plain HTTP, no GraphQL). */
@Module({ providers: [OpenDataRepository, OpenDataService], controllers: [OpenDataController] })
export class OpenDataModule {}
