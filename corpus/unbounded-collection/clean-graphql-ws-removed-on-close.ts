import type { Server } from 'node:http';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/lib/use/ws';
import { schema } from './schema';
import { verify } from './tokens';

export const sockets = new Map<object, { since: number; user?: unknown }>();

export function listen(server: Server) {
  const wss = new WebSocketServer({ server, path: '/graphql' });
  return useServer({
    schema,
    async onConnect(ctx) {
      sockets.set(ctx, { since: Date.now() });
      const token = ctx.connectionParams?.token;
      if (typeof token !== 'string') return false;
      sockets.get(ctx)!.user = await verify(token);
      return true;
    },
    onClose(ctx) {
      sockets.delete(ctx);
    },
  }, wss);
}
