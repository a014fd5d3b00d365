// The price feed: one Subject for the whole process, fed by the upstream exchange.
const { Subject } = require('rxjs');

const prices$ = new Subject();

function publish(tick) {
  prices$.next(tick);
}

module.exports = { prices$, publish };
