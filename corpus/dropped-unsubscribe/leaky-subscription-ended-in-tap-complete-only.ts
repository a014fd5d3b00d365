// A NestJS interceptor that lets a request be cancelled from outside: it follows the
// service's cancellations while the handler runs, and stops following when it completes.
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable, Subject, filter, tap } from 'rxjs';

@Injectable()
export class CancelBus {
  readonly cancelled$ = new Subject<string>();
}

@Injectable()
export class CancelInterceptor implements NestInterceptor {
  constructor(private readonly bus: CancelBus) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<{ id: string; controller: AbortController }>();
    const following = this.bus.cancelled$
      .pipe(filter((id) => id === req.id))
      .subscribe(() => req.controller.abort()); // expect: dropped-unsubscribe
    return next.handle().pipe(tap({ complete: () => following.unsubscribe() }));
  }
}
