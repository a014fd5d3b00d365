// The same helper, whose caller keeps the watcher and closes it with the connection.
import { watch, FSWatcher } from 'node:fs';
import { createServer, Socket } from 'node:net';

const watchPath = (path: string, onChange: () => void): FSWatcher => watch(path, onChange);

createServer((socket: Socket) => {
  const watcher = watchPath('/etc/motd', () => socket.write('motd changed\n'));
  socket.on('close', () => watcher.close());
}).listen(7000);
