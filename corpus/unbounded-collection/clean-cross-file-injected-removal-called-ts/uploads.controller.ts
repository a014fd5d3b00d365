// The client finishes each upload, and that removes its entry.
import { Body, Controller, Param, Post } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { UploadsService } from './uploads.service';

@Controller('uploads')
export class UploadsController {
  constructor(private readonly uploads: UploadsService) {}

  @Post()
  start(@Body('name') name: string) {
    const uploadId = randomUUID();
    this.uploads.begin(uploadId, name);
    return { uploadId };
  }

  @Post(':id/done')
  done(@Param('id') uploadId: string) {
    this.uploads.complete(uploadId);
  }
}
