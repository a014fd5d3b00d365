// A forward proxy pipes the upstream response into the client's response; when the client's
// connection closes first, a named handler aborts the upstream request, which ends its
// response too.
import http from "node:http";

http.createServer((req, res) => {
  const socket = req.socket;
  const upstreamReq = http.request(req.url ?? "/", { method: req.method, headers: req.headers });

  function onClientClose(): void {
    upstreamReq.abort();
  }
  socket.on("close", onClientClose);

  upstreamReq.on("response", (upstreamRes) => {
    res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
    upstreamRes.pipe(res);
    res.on("finish", () => socket.removeListener("close", onClientClose));
  });
  upstreamReq.on("error", () => res.destroy());
  req.pipe(upstreamReq);
}).listen(3128);
