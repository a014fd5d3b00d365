// Alerts pushed to each connected socket: a failed send is retried from the send callback
// with a growing delay, but only while the socket is open and fewer than five tries were made.
import { WebSocket, WebSocketServer } from 'ws';
import type { EventEmitter } from 'events';

const MAX_TRIES = 5;

function push(socket: WebSocket, payload: unknown, tries = 0): void {
  socket.send(JSON.stringify(payload), (err?: Error) => {
    if (!err) return;
    if (socket.readyState !== WebSocket.OPEN || tries + 1 >= MAX_TRIES) return;
    setTimeout(() => push(socket, payload, tries + 1), 250 * 2 ** tries);
  });
}

export function relayAlerts(wss: WebSocketServer, alerts: EventEmitter): void {
  alerts.on('alert', (alert: unknown) => {
    for (const socket of wss.clients) push(socket, { type: 'alert', alert });
  });
}
