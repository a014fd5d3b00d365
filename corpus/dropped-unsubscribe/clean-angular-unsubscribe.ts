// The same header keeps its Subscription and ends it in ngOnDestroy.
import { Component, OnDestroy, OnInit } from '@angular/core';
import { Subscription } from 'rxjs';
import { SessionService } from './session.service';

@Component({ selector: 'app-header', template: '<span>{{ name }}</span>' })
export class HeaderComponent implements OnInit, OnDestroy {
  name = '';
  private sub?: Subscription;

  constructor(private session: SessionService) {}

  ngOnInit(): void {
    this.sub = this.session.user$.subscribe((user) => {
      this.name = user.name;
    });
  }

  ngOnDestroy(): void {
    this.sub?.unsubscribe();
  }
}
