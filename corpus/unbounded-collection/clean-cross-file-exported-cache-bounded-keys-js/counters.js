// Request counters by HTTP method, shared by the routes.
const counters = new Map();
module.exports = { counters };
