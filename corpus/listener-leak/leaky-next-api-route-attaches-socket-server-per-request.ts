// A Next.js API route that sets up socket.io on the HTTP server behind the request. Every call
// of the route makes another Server on that same HTTP server, each adding its own 'request' and
// 'upgrade' listeners.
import type { NextApiRequest, NextApiResponse } from 'next';
import type { Server as HttpServer } from 'node:http';
import type { Socket as NetSocket } from 'node:net';
import { Server as IOServer } from 'socket.io';

type WithServer = NextApiResponse & { socket: NetSocket & { server: HttpServer & { io?: IOServer } } };

export default function handler(req: NextApiRequest, res: WithServer) {
  const httpServer = res.socket.server;
  const io = new IOServer(httpServer, { path: '/api/live' }); // expect: listener-leak
  io.on('connection', (socket) => socket.emit('hello'));
  httpServer.io = io;
  res.status(200).json({ ok: true });
}
