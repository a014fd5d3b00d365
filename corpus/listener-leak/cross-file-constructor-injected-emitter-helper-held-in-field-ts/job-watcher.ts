// Tells a caller about one job's state changes on the emitter it is built over; there is no
// way to stop watching.
import { EventEmitter } from 'node:events';

export class JobWatcher {
  private readonly events: EventEmitter;

  constructor(events: EventEmitter) {
    this.events = events;
  }

  watch(jobId: string, onChange: (state: string) => void): void {
    this.events.on(`job:${jobId}`, onChange);
  }
}
