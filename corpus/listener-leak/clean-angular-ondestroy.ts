// The same panel removes its document listener in ngOnDestroy.
import { Component, OnDestroy, OnInit } from '@angular/core';
import { PanelStore } from './panel-store';

@Component({ selector: 'app-panel', template: '<ng-content></ng-content>' })
export class PanelComponent implements OnInit, OnDestroy {
  private onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.store.close();
  };

  constructor(private store: PanelStore) {}

  ngOnInit(): void {
    document.addEventListener('keydown', this.onKey);
  }

  ngOnDestroy(): void {
    document.removeEventListener('keydown', this.onKey);
  }
}
