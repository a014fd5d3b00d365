// A class of this file listens on the emitter it is made with; each connection makes one over
// the server's shared emitter and nothing ever takes the listener off.
import { EventEmitter } from 'node:events';
import { WebSocketServer, WebSocket } from 'ws';

class Relay {
  constructor(private readonly hub: EventEmitter) {}

  forward(topic: string, socket: WebSocket): void {
    this.hub.on(topic, (payload: string) => socket.send(payload));
  }
}

const hub = new EventEmitter();
const wss = new WebSocketServer({ port: 8082 });

wss.on('connection', (socket) => {
  new Relay(hub).forward('news', socket); // expect: listener-leak
});
