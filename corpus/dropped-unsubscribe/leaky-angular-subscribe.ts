// An Angular header subscribes to the session service's user stream in ngOnInit and drops the
// Subscription: every header created by a route keeps its view alive through the service.
import { Component, OnInit } from '@angular/core';
import { SessionService } from './session.service';

@Component({ selector: 'app-header', template: '<span>{{ name }}</span>' })
export class HeaderComponent implements OnInit {
  name = '';

  constructor(private session: SessionService) {}

  ngOnInit(): void {
    this.session.user$.subscribe((user) => { // expect: dropped-unsubscribe
      this.name = user.name;
    });
  }
}
