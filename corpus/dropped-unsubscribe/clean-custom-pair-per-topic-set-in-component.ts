// The same per-topic callbacks, with the remover kept and called in ngOnDestroy.
import { Component, OnDestroy, OnInit } from '@angular/core';

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
export class MaintenanceBannerComponent implements OnInit, OnDestroy {
  text = '';
  private stop?: () => void;

  ngOnInit(): void {
    this.stop = listenFor('maintenance', (payload) => {
      this.text = String(payload);
    });
  }

  ngOnDestroy(): void {
    this.stop?.();
  }
}
