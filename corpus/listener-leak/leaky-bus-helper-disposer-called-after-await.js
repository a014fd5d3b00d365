// Progress of an import is relayed to the request's stream while it runs; the relay is
// taken off the module's bus after the import, unless the import throws.
const { EventEmitter } = require('events');

const progress = new EventEmitter();

function relay(bus, res) {
  const onStep = (step) => res.write(`${JSON.stringify(step)}\n`);
  bus.on('step', onStep);
  return () => bus.off('step', onStep);
}

async function importHandler(req, res, runImport) {
  const off = relay(progress, res); // expect: listener-leak
  await runImport(req.body, progress);
  off();
  res.end();
}

module.exports = { importHandler, progress };
