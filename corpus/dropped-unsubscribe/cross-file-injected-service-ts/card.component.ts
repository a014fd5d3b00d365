// Every card styles its host through the root service and drops the subscription: the service
// keeps every card ever shown, and its element, alive.
import { Component, ElementRef, OnInit } from '@angular/core';
import { ThemeService } from './theme.service';

@Component({ selector: 'app-card', template: '<ng-content></ng-content>' })
export class CardComponent implements OnInit {
  constructor(private host: ElementRef<HTMLElement>, private theme: ThemeService) {}

  ngOnInit(): void {
    this.theme.applyTo(this.host.nativeElement); // expect: dropped-unsubscribe
  }
}
