// The process-wide stream of price ticks.
const { Subject } = require('rxjs');

const prices$ = new Subject();

module.exports = { prices$ };
