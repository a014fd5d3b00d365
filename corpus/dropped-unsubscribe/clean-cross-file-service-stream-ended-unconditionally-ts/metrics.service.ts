// Polls a metric for a host; one polling stream per host, kept and handed out again.
import { Injectable } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { Observable, timer } from 'rxjs';
import { switchMap } from 'rxjs/operators';

@Injectable({ providedIn: 'root' })
export class MetricsService {
  private readonly polls = new Map<string, Observable<number[]>>();

  constructor(private readonly http: HttpClient) {}

  cpu$(host: string): Observable<number[]> {
    let poll = this.polls.get(host);
    if (!poll) {
      poll = timer(0, 10_000).pipe(switchMap(() => this.http.get<number[]>(`/api/hosts/${host}/cpu`)));
      this.polls.set(host, poll);
    }
    return poll;
  }
}
