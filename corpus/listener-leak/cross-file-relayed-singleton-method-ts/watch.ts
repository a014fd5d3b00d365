import type { WebSocket } from 'ws';
import { alerts } from './alerts';

export function forwardAlerts(socket: WebSocket): void {
  alerts.subscribeAlerts((alert) => socket.send(JSON.stringify(alert)));
}
