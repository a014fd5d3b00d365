// A fastify hook logs when the connection under each request closes, through the Node request
// fastify wraps. Keep-alive carries many requests on that socket, and each one adds its
// listener to the socket, holding the request, until the client disconnects.
import Fastify from 'fastify';

const app = Fastify();

app.addHook('onRequest', async (request) => {
  request.raw.socket.once('close', () => console.log('connection closed after', request.url)); // expect: listener-leak
});

app.listen({ port: 3000 });
