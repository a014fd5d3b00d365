// The API server builds one watcher over its own long-lived emitter and, for every status
// request, adds a listener through it that holds the response and is never removed.
import { EventEmitter } from 'node:events';
import http, { IncomingMessage, ServerResponse } from 'node:http';
import { JobWatcher } from './job-watcher';

export class JobApi {
  private readonly jobs = new EventEmitter();
  private readonly watcher: JobWatcher;
  readonly server: http.Server;

  constructor() {
    this.watcher = new JobWatcher(this.jobs);
    this.server = http.createServer((req, res) => this.status(req, res));
  }

  status(req: IncomingMessage, res: ServerResponse): void {
    const id = String(req.url).slice(1);
    this.watcher.watch(id, (state) => res.write(`${state}\n`)); // expect: listener-leak
  }
}
