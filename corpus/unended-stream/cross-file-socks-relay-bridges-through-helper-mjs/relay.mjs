// The relay step of a small SOCKS server: once the handshake is done, the two sockets are
// joined and the counters follow the traffic.
export function relay(local, remote, stats) {
  local.pipe(remote);
  remote.pipe(local);
  local.on("data", (chunk) => {
    stats.sent += chunk.length;
  });
  remote.on("data", (chunk) => {
    stats.received += chunk.length;
  });
}
