// One meter for the whole process.
const { Usage } = require('./usage');

const meter = new Usage();

module.exports = meter;
