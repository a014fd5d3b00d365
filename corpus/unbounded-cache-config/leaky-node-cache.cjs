// node-cache keeps keys forever unless stdTTL or maxKeys says otherwise.
const NodeCache = require('node-cache');

const rates = new NodeCache({ checkperiod: 120 }); // expect: unbounded-cache-config

exports.rateFor = (ip) => rates.get(ip) ?? 0;
exports.hit = (ip) => rates.set(ip, (rates.get(ip) ?? 0) + 1);
