// Hands back a poll that never completes: `timer(0, 60_000)` ticks until unsubscribed.
import { Injectable } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { Observable, switchMap, timer } from 'rxjs';

export interface Forecast {
  city: string;
  celsius: number;
}

@Injectable({ providedIn: 'root' })
export class WeatherService {
  constructor(private readonly http: HttpClient) {}

  forecast(city: string): Observable<Forecast> {
    return timer(0, 60_000).pipe(switchMap(() => this.http.get<Forecast>(`/api/forecast/${city}`)));
  }
}
