// The handle is stored deep inside a per-connection state object in one function and
// cleared through a local alias of that object in another: receiver keys cannot follow the
// object between functions, so a release of the same property anywhere in the file counts.
const kState = Symbol('state');

function connect(conn, options) {
  conn[kState] = {
    retries: 0,
    ping: {
      interval: options.pingInterval ? setInterval(sendPing, options.pingInterval, conn).unref() : null,
    },
  };
  conn.on('close', onClose);
}

function onClose() {
  const state = this[kState];
  if (state.ping.interval != null) {
    clearInterval(state.ping.interval);
    state.ping.interval = null;
  }
}

function sendPing(conn) {
  conn.ping();
}

module.exports = { connect };
