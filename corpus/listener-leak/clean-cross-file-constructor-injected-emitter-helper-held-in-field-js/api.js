// The API server watches a job for each status request and stops watching when the client
// goes away: the emitter holds a response only while it is open.
const { EventEmitter } = require('node:events');
const http = require('node:http');
const { JobWatcher } = require('./job-watcher');

class JobApi {
  constructor() {
    this.jobs = new EventEmitter();
    this.watcher = new JobWatcher(this.jobs);
    this.server = http.createServer((req, res) => this.status(req, res));
  }

  status(req, res) {
    const id = String(req.url).slice(1);
    const onChange = (state) => res.write(`${state}\n`);
    this.watcher.watch(id, onChange);
    req.on('close', () => this.watcher.unwatch(id, onChange));
  }
}

module.exports = { JobApi };
