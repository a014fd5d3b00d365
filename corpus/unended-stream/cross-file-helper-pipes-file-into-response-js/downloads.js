// Each download opens the file and hands it to the helper with the response; an aborted
// download leaves the file stream open.
const fs = require("fs");
const http = require("http");
const { forward } = require("./stream-utils");

http.createServer((req, res) => {
  const name = decodeURIComponent(req.url.slice(1)).replace(/[^\w.-]/g, "");
  const stream = fs.createReadStream(`/var/files/${name}`, { highWaterMark: 256 * 1024 });
  res.writeHead(200, { "content-type": "application/octet-stream" });
  forward(stream, res, (err) => console.error("download failed", err.message)); // expect: unended-stream
}).listen(8082);
