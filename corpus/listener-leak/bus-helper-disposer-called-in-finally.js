// The same relay, with the disposer called whatever the import does.
const { EventEmitter } = require('events');

const progress = new EventEmitter();

function relay(bus, res) {
  const onStep = (step) => res.write(`${JSON.stringify(step)}\n`);
  bus.on('step', onStep);
  return () => bus.off('step', onStep);
}

async function importHandler(req, res, runImport) {
  const off = relay(progress, res);
  try {
    await runImport(req.body, progress);
  } finally {
    off();
    res.end();
  }
}

module.exports = { importHandler, progress };
