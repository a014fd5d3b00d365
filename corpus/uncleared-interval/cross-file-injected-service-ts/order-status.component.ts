// Each order card polls its status and drops the stop function: a card destroyed by the list
// keeps polling (and keeps the component) for the life of the page.
import { Component, Input, OnInit } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { PollingService } from './polling.service';

@Component({ selector: 'app-order-status', template: '{{ state }}' })
export class OrderStatusComponent implements OnInit {
  @Input() orderId!: string;
  state = 'pending';

  constructor(private http: HttpClient, private readonly polling: PollingService) {}

  ngOnInit(): void {
    this.polling.poll(() => this.refresh(), 5000); // expect: uncleared-interval
  }

  private refresh(): void {
    this.http.get<{ state: string }>(`/api/orders/${this.orderId}`).subscribe((s) => (this.state = s.state));
  }
}
