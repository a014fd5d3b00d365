// Each card subscribes on init and never unsubscribes: every card ever shown keeps polling.
import { Component, Input, OnInit } from '@angular/core';
import { Forecast, WeatherService } from './weather.service';

@Component({ selector: 'app-forecast-card', template: '{{ forecast?.celsius }}°' })
export class ForecastCardComponent implements OnInit {
  @Input() city = 'Oslo';
  forecast?: Forecast;

  constructor(private readonly weather: WeatherService) {}

  ngOnInit(): void {
    this.weather.forecast(this.city).subscribe((f) => (this.forecast = f)); // expect: dropped-unsubscribe
  }
}
