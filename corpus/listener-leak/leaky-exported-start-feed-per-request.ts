// `startFeed()` is named like a start-up, but it starts a feed per call, and this module
// calls it for every request: each call adds another listener to the module's bus, holding
// the response, reported at the call that repeats. Only an exact start-up name (`start`,
// `init`, `main`) means once.
import { EventEmitter } from 'events';
import express from 'express';

const bus = new EventEmitter();
const app = express();

export function startFeed(write: (line: string) => void): void {
  bus.on('tick', (n: number) => write(`tick ${n}\n`));
}

app.get('/feed', (req, res) => {
  startFeed((line) => res.write(line)); // expect: listener-leak
});

app.listen(3000);
