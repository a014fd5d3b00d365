'use strict';
const { WebSocketServer } = require('ws');
const { useServer } = require('graphql-ws/lib/use/ws');
const { schema } = require('./schema');
const { verify } = require('./tokens');

const sockets = new Map(); // expect: unbounded-collection

function listen(server) {
  const wss = new WebSocketServer({ server, path: '/graphql' });
  return useServer({
    schema,
    async onConnect(ctx) {
      sockets.set(ctx, { since: Date.now(), ip: ctx.extra.request.socket.remoteAddress });
      const token = ctx.connectionParams && ctx.connectionParams.token;
      if (!token) throw new Error('missing token');
      sockets.get(ctx).user = await verify(token);
      return true;
    },
    onDisconnect(ctx) {
      sockets.delete(ctx);
    },
  }, wss);
}

module.exports = { listen, sockets };
