// Exchange rates, polled every ten seconds for as long as anyone listens.
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
