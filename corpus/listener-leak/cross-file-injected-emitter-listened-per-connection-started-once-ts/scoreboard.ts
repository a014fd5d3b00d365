// Pushes live scores to every WebSocket client over the emitter it is handed.
import type { EventEmitter } from 'node:events';
import type { Server } from 'node:http';
import { WebSocketServer } from 'ws';

export class ScoreboardGateway {
  private readonly wss: WebSocketServer;

  constructor(server: Server, private readonly scores: EventEmitter) {
    this.wss = new WebSocketServer({ server, path: '/scores' });
  }

  start(): void {
    this.wss.on('connection', (socket) => {
      this.scores.on('goal', (goal: { team: string }) => socket.send(JSON.stringify(goal))); // expect: listener-leak
    });
  }
}
