// The list the interval walks is not fixed: every registration adds a host, and the map keyed
// by host name grows with it, even after a host is given up.
const hosts = []; // expect: unbounded-collection
const lastSeen = new Map(); // expect: unbounded-collection

function register(host) {
  hosts.push(host);
}

setInterval(() => hosts.forEach((host) => lastSeen.set(host.name, Date.now())), 5000).unref();

module.exports = { register };
