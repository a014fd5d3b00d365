// A component that reads its route's parameters and loads data in its constructor. The
// router completes a route's `params` when the component is destroyed, and an HTTP request
// completes after its one response, so neither subscription outlives the component. A naive
// matcher sees `.subscribe(...)` on injected sources in a constructor, dropped.
import { Component } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { HttpClient } from '@angular/common/http';

@Component({ selector: 'app-order', template: '<p>{{ order }}</p>' })
export class OrderComponent {
  id = '';
  order = '';

  constructor(private readonly route: ActivatedRoute, private readonly http: HttpClient) {
    this.route.params.subscribe((params) => {
      this.id = params['id'];
    });
    this.http.get<string>('/api/order').subscribe((order) => {
      this.order = order;
    });
  }
}
