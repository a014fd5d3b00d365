// Runs a callback when the process is asked to stop; the returned function unhooks it.
const STOP_SIGNALS = ['SIGTERM', 'SIGINT'];

function whenStopping(fn) {
  for (const signal of STOP_SIGNALS) {
    process.on(signal, fn);
  }
  return () => {
    for (const signal of STOP_SIGNALS) process.removeListener(signal, fn);
  };
}

module.exports = { whenStopping };
