// Every upload begins an entry; nothing in the project ever calls `complete()`.
import { Body, Controller, Post } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { UploadsService } from './uploads.service';

@Controller('uploads')
export class UploadsController {
  constructor(private readonly uploads: UploadsService) {}

  @Post()
  start(@Body('name') name: string) {
    const uploadId = randomUUID();
    this.uploads.begin(uploadId, name); // expect: unbounded-collection
    return { uploadId };
  }
}
