// Shutdown hooks: registered by anyone, run once when the process is told to stop.
const hooks = [];
let listening = false;

function drain(reason) {
  const due = hooks.splice(0, hooks.length);
  return Promise.allSettled(due.map((hook) => hook(reason)));
}

function onShutdown(hook) {
  if (!listening) {
    listening = true;
    for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) {
      process.once(signal, () => drain(signal).finally(() => process.exit(0)));
    }
  }
  hooks.push(hook);
}

module.exports = { onShutdown };
