// The same recorder, used so that nothing piles up: the per-request function registers with
// `once` through a method that removes the listener when the response ends; the middleware
// passes no listener at all; the listener given at start-up is added once.
import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';

class Recorder extends EventEmitter {
  watch(res: ServerResponse, onDone?: (status: number) => void): void {
    this.subscribe(res, onDone);
    res.once('finish', () => this.emit('done', res.statusCode));
  }

  subscribe(res: ServerResponse, listener?: (status: number) => void): void {
    if (!listener) return;
    this.on('done', listener);
    res.once('close', () => this.off('done', listener));
  }
}

const recorder = new Recorder();
recorder.on('done', (status) => console.log('status', status));

export function recordResponse(req: IncomingMessage, res: ServerResponse, onDone?: (status: number) => void) {
  recorder.watch(res, onDone);
}

export function middleware(req: IncomingMessage, res: ServerResponse, next: () => void) {
  recorder.watch(res);
  next();
}
