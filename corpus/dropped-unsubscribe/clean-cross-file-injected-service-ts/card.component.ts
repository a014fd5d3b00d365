// The card keeps the subscription and ends it when Angular destroys the card.
import { Component, ElementRef, OnDestroy, OnInit } from '@angular/core';
import { Subscription } from 'rxjs';
import { ThemeService } from './theme.service';

@Component({ selector: 'app-card', template: '<ng-content></ng-content>' })
export class CardComponent implements OnInit, OnDestroy {
  private themed?: Subscription;

  constructor(private host: ElementRef<HTMLElement>, private theme: ThemeService) {}

  ngOnInit(): void {
    this.themed = this.theme.applyTo(this.host.nativeElement);
  }

  ngOnDestroy(): void {
    this.themed?.unsubscribe();
  }
}
