// Every request is counted against its API key through the injected quota service.
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { QuotaService } from './quota.service';

@Injectable()
export class QuotaGuard implements CanActivate {
  constructor(private readonly quota: QuotaService) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    return this.quota.take(String(request.headers['x-api-key'] ?? request.ip)); // expect: unbounded-collection
  }
}
