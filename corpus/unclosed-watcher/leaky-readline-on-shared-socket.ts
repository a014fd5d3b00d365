// A TCP control channel kept by the module: each HTTP request reads the next reply line
// through a new readline interface on that socket, and none is ever closed.
import http from 'node:http';
import net from 'node:net';
import { createInterface } from 'node:readline';

const control = net.connect(7000, 'controller.internal');

http.createServer((req, res) => {
  control.write(`STATUS ${req.url}\n`);
  const replies = createInterface({ input: control }); // expect: unclosed-watcher
  replies.once('line', (line) => res.end(line));
}).listen(8080);
