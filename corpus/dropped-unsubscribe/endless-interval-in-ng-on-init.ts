// `interval()` never completes: the subscription made on every init ticks on after the
// component is destroyed, and keeps it alive.
import { Component, OnInit } from '@angular/core';
import { interval } from 'rxjs';

@Component({ selector: 'app-uptime', template: '{{ seconds }}s' })
export class UptimeComponent implements OnInit {
  seconds = 0;

  ngOnInit(): void {
    interval(1000).subscribe(() => this.seconds++); // expect: dropped-unsubscribe
  }
}
