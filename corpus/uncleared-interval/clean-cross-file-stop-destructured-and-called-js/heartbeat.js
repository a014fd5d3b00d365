// Server-sent events keep-alive: a comment line every few seconds until stopped.
function keepStreamAlive(res, everyMs = 15000) {
  const stats = { sent: 0 };
  const handle = setInterval(() => {
    stats.sent += 1;
    res.write(': keep-alive\n\n');
  }, everyMs);
  function stop() {
    clearInterval(handle);
  }
  return { stats, stop };
}

module.exports = { keepStreamAlive };
