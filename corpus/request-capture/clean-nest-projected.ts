// The controller keeps only the fields it needs, and empties its list on flush.
import { Controller, Post, Req } from '@nestjs/common';
import type { Request } from 'express';

@Controller('audit')
export class AuditController {
  private deferred: Array<() => void> = [];

  @Post()
  record(@Req() req: Request) {
    const { ip, body } = req;
    this.deferred.push(() => console.log(ip, body));
    return { queued: this.deferred.length };
  }

  @Post('flush')
  flush() {
    const jobs = this.deferred;
    this.deferred = [];
    jobs.forEach((job) => job());
  }
}
