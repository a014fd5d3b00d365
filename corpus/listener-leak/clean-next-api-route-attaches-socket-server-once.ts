// The same route makes the socket.io server only when the HTTP server has none yet.
import type { NextApiRequest, NextApiResponse } from 'next';
import type { Server as HttpServer } from 'node:http';
import type { Socket as NetSocket } from 'node:net';
import { Server as IOServer } from 'socket.io';

type WithServer = NextApiResponse & { socket: NetSocket & { server: HttpServer & { io?: IOServer } } };

export default function handler(req: NextApiRequest, res: WithServer) {
  const httpServer = res.socket.server;
  if (!httpServer.io) {
    const io = new IOServer(httpServer, { path: '/api/live' });
    io.on('connection', (socket) => socket.emit('hello'));
    httpServer.io = io;
  }
  res.status(200).json({ ok: true });
}
