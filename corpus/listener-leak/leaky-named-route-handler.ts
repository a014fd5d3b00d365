// A route handler written as a named function and handed to the router by name subscribes to
// the module's event bus on every request, and never unsubscribes.
import { EventEmitter } from 'node:events';
import express, { type Request, type Response } from 'express';

const updates = new EventEmitter();
const app = express();

function streamUpdates(req: Request, res: Response): void {
  updates.on('update', (data: unknown) => res.write(JSON.stringify(data))); // expect: listener-leak
}

app.get('/updates', streamUpdates);
app.listen(3000);
