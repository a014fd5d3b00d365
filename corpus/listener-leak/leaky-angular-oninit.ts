// An Angular panel listens for the Escape key on the document from ngOnInit, and its
// ngOnDestroy only unsubscribes from the store: each opened panel stays on the document.
import { Component, OnDestroy, OnInit } from '@angular/core';
import { Subscription } from 'rxjs';
import { PanelStore } from './panel-store';

@Component({ selector: 'app-panel', template: '<ng-content></ng-content>' })
export class PanelComponent implements OnInit, OnDestroy {
  private sub?: Subscription;
  private onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.store.close();
  };

  constructor(private store: PanelStore) {}

  ngOnInit(): void {
    document.addEventListener('keydown', this.onKey); // expect: listener-leak
    this.sub = this.store.state$.subscribe();
  }

  ngOnDestroy(): void {
    this.sub?.unsubscribe();
  }
}
