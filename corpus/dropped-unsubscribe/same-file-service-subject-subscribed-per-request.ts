import { Controller, Injectable, Param, Res, Sse, Get } from '@nestjs/common';
import type { Response } from 'express';
import { Subject, type Observable } from 'rxjs';
import { filter } from 'rxjs/operators';

interface BuildEvent {
  buildId: string;
  line: string;
}

@Injectable()
export class BuildLogBus {
  private readonly lines$ = new Subject<BuildEvent>();

  push(event: BuildEvent): void {
    this.lines$.next(event);
  }

  linesOf(buildId: string): Observable<BuildEvent> {
    return this.lines$.pipe(filter((e) => e.buildId === buildId));
  }
}

// Each viewer of a build log subscribes to the shared bus and nothing ever unsubscribes it.
@Controller('builds')
export class BuildLogController {
  constructor(private readonly bus: BuildLogBus) {}

  @Get(':id/log')
  tail(@Param('id') id: string, @Res() res: Response): void {
    res.setHeader('Content-Type', 'text/plain');
    this.bus.linesOf(id).subscribe((e) => res.write(e.line + '\n')); // expect: dropped-unsubscribe
  }
}
