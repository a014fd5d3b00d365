// A same-file helper that returns the watcher: the connection handler drops it, so every
// connection leaves one more watcher (and the socket its callback holds) behind.
import { watch, FSWatcher } from 'node:fs';
import { createServer, Socket } from 'node:net';

const watchPath = (path: string, onChange: () => void): FSWatcher => watch(path, onChange);

createServer((socket: Socket) => {
  watchPath('/etc/motd', () => socket.write('motd changed\n')); // expect: unclosed-watcher
}).listen(7000);
