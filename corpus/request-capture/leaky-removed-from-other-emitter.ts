// A chat stream takes its listener off the wrong emitter when the client leaves: the listener
// on `room` stays, and with it the response it writes to. Removing a function of the same name
// elsewhere is no release; listener-leak and request-capture judge it alike, in one finding.
import express, { Request, Response } from 'express';
import { EventEmitter } from 'node:events';

const room = new EventEmitter();
const lobby = new EventEmitter();
const app = express();

app.get('/chat', (req: Request, res: Response) => {
  const onMessage = (text: string) => res.write(`data: ${text}\n\n`);
  room.on('message', onMessage); // expect: listener-leak
  req.on('close', () => lobby.off('message', onMessage));
});

export { app, room, lobby };
