// Times every call of an object's async method and reports it to a hook.
function timeMethod(target, method, report) {
  const inner = target[method];
  target[method] = async function timed(...args) {
    const started = Date.now();
    try {
      return await inner.apply(this, args);
    } finally {
      report(String(args[0]).slice(0, 80), Date.now() - started);
    }
  };
}

module.exports = { timeMethod };
