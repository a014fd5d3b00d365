// Alerts pushed to each connected socket: a failed send is retried from the send callback
// until it succeeds. A socket that has closed never succeeds, so its retries go on for good,
// each one keeping the socket and the payload.
import type { WebSocket, WebSocketServer } from 'ws';
import type { EventEmitter } from 'events';

function push(socket: WebSocket, payload: unknown, tries = 0): void {
  socket.send(JSON.stringify(payload), (err?: Error) => {
    if (!err) return;
    setTimeout(() => push(socket, payload, tries + 1), Math.min(30_000, 250 * 2 ** tries));
  });
}

export function relayAlerts(wss: WebSocketServer, alerts: EventEmitter): void {
  alerts.on('alert', (alert: unknown) => {
    for (const socket of wss.clients) push(socket, { type: 'alert', alert }); // expect: uncleared-timeout
  });
}
