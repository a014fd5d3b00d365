// Registration helpers that return a handle: the handle is kept and released later.
import { EventEmitter } from 'node:events';
import * as dom from './dom-helpers';

const bus = new EventEmitter();

export class Panel {
  private readonly subscriptions: Array<() => void> = [];
  private listeners: unknown[] = [];

  open(session: EventTarget): void {
    this.listeners = [dom.addEventListener(session, 'message', () => this.refresh())];
    this.subscriptions.push(bus.on('theme', () => this.refresh()) as unknown as () => void);
  }

  close(): void {
    dom.removeEventListeners(this.listeners);
    this.subscriptions.splice(0).forEach((off) => off());
  }

  private refresh(): void {}
}
