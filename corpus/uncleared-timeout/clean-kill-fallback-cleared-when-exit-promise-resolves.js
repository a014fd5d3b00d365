// A kill with a SIGKILL fallback: the fallback timer is cleared once the exit promise resolves.
// That promise only ever resolves (an exit always comes), and the timer settles nothing.
function exited(child) {
  return new Promise((resolve) => child.once("exit", () => resolve(child)));
}

function killAsync(child, graceMs = 5000) {
  if (child.exitCode !== null) return Promise.resolve(child);
  let done = exited(child);
  child.kill("SIGTERM");
  const fallback = setTimeout(() => {
    if (child.exitCode === null) child.kill("SIGKILL");
  }, graceMs);
  done = done.then((result) => {
    clearTimeout(fallback);
    return result;
  });
  return done;
}

module.exports = { killAsync };
