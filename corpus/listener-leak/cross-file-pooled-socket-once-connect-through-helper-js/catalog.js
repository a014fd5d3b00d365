// The catalog client keeps its connections alive; every request hands the (reused) socket to
// the imported helper, whose `once('connect')` waits for an event a reused socket never sends.
const http = require("http");
const { recordConnect, recordFirstByte } = require("./timing");

const agent = new http.Agent({ keepAlive: true });

function getProduct(id) {
  const timings = { start: Date.now() };
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "catalog.internal", path: `/products/${id}`, agent }, (res) => {
      recordFirstByte(res, timings);
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ product: JSON.parse(body), timings }));
    });
    req.on("socket", (socket) => recordConnect(socket, timings)); // expect: listener-leak
    req.on("error", reject);
  });
}

module.exports = { getProduct };
