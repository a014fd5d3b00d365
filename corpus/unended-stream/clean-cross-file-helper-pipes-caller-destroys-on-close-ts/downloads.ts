// The caller destroys the file stream when the response closes, finished or not.
import fs from "node:fs";
import http from "node:http";
import { forward } from "./stream-utils";

http.createServer((req, res) => {
  const name = decodeURIComponent((req.url ?? "/").slice(1)).replace(/[^\w.-]/g, "");
  const stream = fs.createReadStream(`/var/files/${name}`);
  res.on("close", () => stream.destroy());
  res.writeHead(200, { "content-type": "application/octet-stream" });
  forward(stream, res);
}).listen(8082);
