// A helper that registers a process-exit hook and hands back the function that removes it.
const { onExit } = require('signal-exit');

function atExit(label, fn) {
  return onExit((code) => {
    console.error(`${label}: exiting with ${code}`);
    fn();
  });
}

module.exports = { atExit };
