// The twin: ngOnDestroy ends through dismiss(), which clears the pending hide.
import { Component } from '@angular/core';
import { ToastBus } from './toast-bus';

@Component({ selector: 'app-toast', template: '<div *ngIf="message" (click)="dismiss()">{{ message }}</div>' })
export class ToastComponent {
  static parameters = [ToastBus];

  constructor(bus) {
    this.bus = bus;
    this.message = null;
  }

  ngOnInit() {
    this.subscription = this.bus.messages.subscribe((text) => this.show(text));
  }

  ngOnDestroy() {
    this.subscription.unsubscribe();
    this.dismiss();
  }

  show(text) {
    this.message = text;
    this.hideTimer = setTimeout(() => { this.message = null; }, 5000);
  }

  dismiss() {
    clearTimeout(this.hideTimer);
    this.message = null;
  }
}
