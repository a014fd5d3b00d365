// The Agent's 'free' listener arms the idle timeout once per socket: it marks the socket the
// first time and skips it when the same socket is freed again. A naive matcher sees a listener
// added to the socket in a handler that runs after every request.
import https from 'https';
import type { Socket } from 'net';

type Marked = Socket & { idleWatched?: boolean };

export const agent = new https.Agent({ keepAlive: true, maxSockets: 20 });

agent.on('free', (socket: Marked) => {
  if (!socket.idleWatched) {
    socket.idleWatched = true;
    socket.on('timeout', () => socket.destroy());
    socket.setTimeout(30000);
  }
});

const pool = { on(event: string, fn: (socket: Socket) => void) { return [event, fn]; } };
pool.on('free', (socket: Socket) => socket.on('close', () => undefined));
