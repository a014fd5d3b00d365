// A sync loop retries until the remote agrees; each pass listens for the bus's 'shutdown' and
// removes that listener only when the pass succeeds, so every failed pass leaves one behind on
// the process-wide bus.
const bus = require('./bus');

function syncUntilAgreed(remote) {
  const attempt = () => {
    const onShutdown = () => remote.abort();
    bus.on('shutdown', onShutdown); // expect: listener-leak
    remote.sync().then((agreed) => {
      if (agreed) {
        bus.off('shutdown', onShutdown);
      } else {
        attempt();
      }
    });
  };
  attempt();
}

module.exports = { syncUntilAgreed };
