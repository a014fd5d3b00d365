// The route adds its listener through `follow()` and takes it off through `unfollow()`, a
// helper of the same file that removes from the emitter it is handed.
import express from 'express';
import { EventEmitter } from 'node:events';

const builds = new EventEmitter();

function follow(source: EventEmitter, fn: (status: string) => void): void {
  source.on('status', fn);
}

function unfollow(source: EventEmitter, fn: (status: string) => void): void {
  source.off('status', fn);
}

const app = express();

app.get('/builds/live', (req, res) => {
  const write = (status: string) => res.write(`data: ${status}\n\n`);
  follow(builds, write);
  req.on('close', () => unfollow(builds, write));
});

app.post('/builds/:id/status', (req, res) => {
  builds.emit('status', `${req.params.id}:${req.query.state}`);
  res.sendStatus(204);
});

app.listen(3005);
