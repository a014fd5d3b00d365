// A toast hides itself after a few seconds; dismiss() cancels that, but ngOnDestroy only
// drops its subscription, so a toast destroyed while showing keeps its timer, and itself.
import { Component, OnDestroy, OnInit } from '@angular/core';
import { Subscription } from 'rxjs';
import { ToastBus } from './toast-bus';

@Component({ selector: 'app-toast', template: '<div *ngIf="message" (click)="dismiss()">{{ message }}</div>' })
export class ToastComponent implements OnInit, OnDestroy {
  message: string | null = null;
  private hideTimer?: ReturnType<typeof setTimeout>;
  private subscription?: Subscription;

  constructor(private readonly bus: ToastBus) {}

  ngOnInit(): void {
    this.subscription = this.bus.messages.subscribe((text) => this.show(text));
  }

  ngOnDestroy(): void {
    this.subscription?.unsubscribe();
  }

  show(text: string): void {
    this.message = text;
    this.hideTimer = setTimeout(() => { this.message = null; }, 5000); // expect: uncleared-timeout
  }

  dismiss(): void {
    clearTimeout(this.hideTimer);
    this.message = null;
  }
}
