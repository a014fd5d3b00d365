// The request being rendered is kept in a module variable only while it renders: `finally`
// sets it back to null, so no request outlives its own response.
const http = require('http');

let current = null;

function title() {
  return current ? current.url : '-';
}

http.createServer((req, res) => {
  current = req;
  try {
    res.end(`<h1>${title()}</h1>`);
  } finally {
    current = null;
  }
}).listen(8080);
