// A deferral helper runs the callback it is handed once, a little later: `callback` is its
// parameter, not the helper rescheduling itself, so nothing here loops.
import http from 'node:http';

const later = (callback: () => void): NodeJS.Timeout => setTimeout(callback, 35);

function defer(callback: () => void): void {
  setTimeout(callback, 10);
}

http.createServer((req, res) => {
  later(() => res.setHeader('x-late', '1'));
  defer(() => res.end('ok'));
}).listen(8080);
