'use strict';
// Settles once, when the process is asked to stop.
let requestStop;
const stopRequested = new Promise((resolve) => { requestStop = resolve; });
process.once('SIGTERM', () => requestStop(true));

module.exports = { stopRequested };
