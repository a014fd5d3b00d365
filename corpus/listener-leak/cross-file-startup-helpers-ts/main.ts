// The entry point calls the helpers while starting up, once each.
import { createServer } from 'node:http';
import { everyMinute, onShutdown } from './lifecycle';

const server = createServer((_req, res) => res.end('ok'));

onShutdown(() => server.close());
everyMinute(() => console.log('connections', server.connections));

server.listen(8080);
