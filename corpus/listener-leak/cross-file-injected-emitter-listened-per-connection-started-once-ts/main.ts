// The gateway is made and started once; it is each connection that adds a listener to the
// shared emitter, and none is removed when the client goes.
import http from 'node:http';
import { EventEmitter } from 'node:events';
import { ScoreboardGateway } from './scoreboard';

const scores = new EventEmitter();
const server = http.createServer((_req, res) => res.end('scores\n'));

new ScoreboardGateway(server, scores).start();
server.listen(8084);
