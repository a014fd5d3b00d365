'use strict';
// Runs a task on a fixed period; the object it hands back is the only way to stop it.
function repeat(ms, task) {
  const timer = setInterval(task, ms);
  return { stop: () => clearInterval(timer) };
}

module.exports = { repeat };
