// Entries added through platform functions rather than methods: Reflect.set and
// Object.defineProperty add one key per call, Object.assign copies a computed key in.
// None of these objects is ever pruned.
const http = require('http');

const sessions = {}; // expect: unbounded-collection
const traces = Object.create(null); // expect: unbounded-collection
const lastSeen = {}; // expect: unbounded-collection

http.createServer((req, res) => {
  const id = req.headers['x-session'];
  Reflect.set(sessions, id, { started: Date.now() });
  Object.defineProperty(traces, req.url, { value: Date.now(), enumerable: true });
  Object.assign(lastSeen, { [id]: Date.now() });
  res.end('ok');
}).listen(8080);
