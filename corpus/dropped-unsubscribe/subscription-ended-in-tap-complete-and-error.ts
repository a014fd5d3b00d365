// The same interceptor, with both ways the handler's stream ends stopping the follow:
// an error ends it as surely as completion does.
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
      .subscribe(() => req.controller.abort());
    return next.handle().pipe(
      tap({
        complete: () => following.unsubscribe(),
        error: () => following.unsubscribe(),
      }),
    );
  }
}
