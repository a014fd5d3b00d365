import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable, finalize } from 'rxjs';
import { TimingService } from './timing.service';

// Ends the timing however the handler's stream ends: a value, an error, or an unsubscribe.
@Injectable()
export class TimingInterceptor implements NestInterceptor {
  constructor(private readonly timing: TimingService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const id = this.timing.begin(context.switchToHttp().getRequest().url);
    return next.handle().pipe(finalize(() => this.timing.end(id)));
  }
}
