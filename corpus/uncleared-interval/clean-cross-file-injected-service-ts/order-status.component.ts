// The card keeps the stop function and calls it when Angular destroys the card.
import { Component, Input, OnDestroy, OnInit } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { PollingService } from './polling.service';

@Component({ selector: 'app-order-status', template: '{{ state }}' })
export class OrderStatusComponent implements OnInit, OnDestroy {
  @Input() orderId!: string;
  state = 'pending';
  private stopPolling?: () => void;

  constructor(private http: HttpClient, private readonly polling: PollingService) {}

  ngOnInit(): void {
    this.stopPolling = this.polling.poll(() => this.refresh(), 5000);
  }

  ngOnDestroy(): void {
    this.stopPolling?.();
  }

  private refresh(): void {
    this.http.get<{ state: string }>(`/api/orders/${this.orderId}`).subscribe((s) => (this.state = s.state));
  }
}
