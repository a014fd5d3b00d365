import { Controller, MessageEvent, Param, Sse } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { Observable } from 'rxjs';

interface BuildProgress {
  buildId: string;
  percent: number;
}

@Controller('builds')
export class BuildProgressController {
  constructor(private readonly bus: EventEmitter2) {}

  @Sse(':id/progress')
  follow(@Param('id') buildId: string): Observable<MessageEvent> {
    return new Observable<MessageEvent>((subscriber) => {
      const onProgress = (event: BuildProgress) => {
        if (event.buildId !== buildId) return;
        subscriber.next({ data: event });
        if (event.percent >= 100) {
          this.bus.off('build.progress', onProgress);
          subscriber.complete();
        }
      };
      this.bus.on('build.progress', onProgress); // expect: listener-leak
    });
  }
}
