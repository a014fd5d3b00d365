import net from 'node:net';

interface Session {
  socket: net.Socket;
  since: number;
}

const sessions = new Map<number, Session>();
let nextId = 1;

function register(socket: net.Socket): number {
  const id = nextId++;
  sessions.set(id, { socket, since: Date.now() });
  return id;
}

function unregister(id: number): void {
  sessions.delete(id);
}

const server = net.createServer((socket) => {
  const id = register(socket);
  socket.setTimeout(60000, () => socket.destroy());
  socket.on('data', (chunk) => socket.write(chunk));
  socket.on('close', () => {
    unregister(id);
  });
  socket.on('error', (err) => {
    console.warn(`session ${id}: ${err.message}`);
  });
});

server.listen(7007);
