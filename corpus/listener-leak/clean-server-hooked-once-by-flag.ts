// A Next.js API route attaches its upgrade handler to the server behind the response once:
// the flag it stores on that server guards every later request.
import type { NextApiRequest, NextApiResponse } from 'next';
import type { Server } from 'node:http';
import { WebSocketServer } from 'ws';

const sockets = new WebSocketServer({ noServer: true });
type WithServer = NextApiResponse['socket'] & { server: Server & { scoresHooked?: boolean } };

export default function scores(req: NextApiRequest, res: NextApiResponse) {
  const socket = res.socket as WithServer;
  if (!socket.server.scoresHooked) {
    socket.server.scoresHooked = true;
    socket.server.on('upgrade', (request, duplex, head) => {
      sockets.handleUpgrade(request, duplex, head, (ws) => ws.send('hello'));
    });
  }
  res.status(200).json({ ws: '/api/scores' });
}
