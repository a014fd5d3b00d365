import { WebSocketServer } from 'ws';
import { forwardAlerts } from './watch';

const wss = new WebSocketServer({ port: 5051 });

wss.on('connection', (socket) => {
  forwardAlerts(socket); // expect: listener-leak
});
