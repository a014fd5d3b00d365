// The same polled rates; the tile keeps its subscription and ends it when it is destroyed.
import { Injectable } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { Observable, interval } from 'rxjs';
import { switchMap } from 'rxjs/operators';

export interface Rate {
  pair: string;
  mid: number;
}

@Injectable({ providedIn: 'root' })
export class RatesService {
  constructor(private readonly http: HttpClient) {}

  watch(pair: string): Observable<Rate> {
    return interval(10_000).pipe(switchMap(() => this.http.get<Rate>(`/api/rates/${pair}`)));
  }
}
