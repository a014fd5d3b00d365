import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable, tap } from 'rxjs';
import { TimingService } from './timing.service';

// Ends the timing when the handler's stream emits: a handler that throws, or a client that
// goes away first, never gets there, and its entry stays.
@Injectable()
export class TimingInterceptor implements NestInterceptor {
  constructor(private readonly timing: TimingService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const id = this.timing.begin(context.switchToHttp().getRequest().url); // expect: unbounded-collection
    return next.handle().pipe(tap(() => this.timing.end(id)));
  }
}
