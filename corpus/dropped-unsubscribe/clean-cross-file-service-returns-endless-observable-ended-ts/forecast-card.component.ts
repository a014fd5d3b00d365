// The same card, ending its subscription with `takeUntil(destroy$)` when it is destroyed.
import { Component, Input, OnDestroy, OnInit } from '@angular/core';
import { Subject, takeUntil } from 'rxjs';
import { Forecast, WeatherService } from './weather.service';

@Component({ selector: 'app-forecast-card', template: '{{ forecast?.celsius }}°' })
export class ForecastCardComponent implements OnInit, OnDestroy {
  @Input() city = 'Oslo';
  forecast?: Forecast;
  private readonly destroy$ = new Subject<void>();

  constructor(private readonly weather: WeatherService) {}

  ngOnInit(): void {
    this.weather.forecast(this.city).pipe(takeUntil(this.destroy$)).subscribe((f) => (this.forecast = f));
  }

  ngOnDestroy(): void {
    this.destroy$.next();
    this.destroy$.complete();
  }
}
