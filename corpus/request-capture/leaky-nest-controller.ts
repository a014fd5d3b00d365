// A NestJS controller is a singleton: a closure over @Req() stored on it outlives the request.
import { Controller, Post, Req } from '@nestjs/common';
import type { Request } from 'express';

@Controller('audit')
export class AuditController {
  private readonly deferred: Array<() => void> = [];

  @Post()
  record(@Req() req: Request) {
    this.deferred.push(() => console.log(req.ip, req.body)); // expect: request-capture
    return { queued: this.deferred.length };
  }
}
