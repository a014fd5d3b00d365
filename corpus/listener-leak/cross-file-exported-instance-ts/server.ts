// Per connection: `track` leaves a listener on the module's instance for good; `follow`
// returns a remover that the connection calls when it closes.
import { WebSocketServer } from 'ws';
import { metrics } from './metrics';

const wss = new WebSocketServer({ port: 8080 });

wss.on('connection', (socket) => {
  metrics.track((name, value) => socket.send(`${name}=${value}`)); // expect: listener-leak
  const stop = metrics.follow((name) => socket.send(`updated ${name}`));
  socket.on('close', stop);
});
