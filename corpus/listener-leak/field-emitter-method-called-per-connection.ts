// A TypeScript hub whose handler passes each WebSocket to a private method that subscribes it
// to the hub's emitter; nothing unsubscribes it when the socket goes away.
import { EventEmitter } from 'node:events';
import { WebSocketServer, WebSocket } from 'ws';

export class Hub {
  private readonly updates = new EventEmitter();
  private readonly wss: WebSocketServer;

  constructor(port: number) {
    this.wss = new WebSocketServer({ port });
    this.wss.on('connection', (ws: WebSocket) => this.attach(ws)); // expect: listener-leak
  }

  publish(update: string): void {
    this.updates.emit('update', update);
  }

  private attach(ws: WebSocket): void {
    this.updates.on('update', (update: string) => ws.send(update));
  }
}

export const hub = new Hub(8080);
