'use strict';

// Pings a broker connection so that idle NAT entries stay open.
function startKeepalive(conn, everyMs = 20000) {
  return setInterval(() => conn.ping().catch(() => {}), everyMs);
}

function stopKeepalive(handle) {
  clearInterval(handle);
}

module.exports = { startKeepalive, stopKeepalive };
