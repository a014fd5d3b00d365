// Callbacks are kept per topic, in a Set inside a module-level Map; the remover is handed
// back, and the component's ngOnInit drops it, so each mount leaves its callback behind.
import { Component, OnInit } from '@angular/core';

type Handler = (payload: unknown) => void;

const topics = new Map<string, Set<Handler>>();

export function listenFor(topic: string, handler: Handler): () => void {
  let handlers = topics.get(topic);
  if (!handlers) {
    handlers = new Set();
    topics.set(topic, handlers);
  }
  handlers.add(handler);
  return () => handlers!.delete(handler);
}

export function announce(topic: string, payload: unknown): void {
  topics.get(topic)?.forEach((handler) => handler(payload));
}

@Component({ selector: 'app-maintenance-banner', template: '<p *ngIf="text">{{ text }}</p>' })
export class MaintenanceBannerComponent implements OnInit {
  text = '';

  ngOnInit(): void {
    listenFor('maintenance', (payload) => { // expect: dropped-unsubscribe
      this.text = String(payload);
    });
  }
}
