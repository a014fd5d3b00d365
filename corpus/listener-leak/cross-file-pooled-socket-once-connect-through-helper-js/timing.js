// Timing helpers shared by the service's HTTP clients.
function recordConnect(socket, timings) {
  socket.once("connect", () => {
    timings.connect = Date.now() - timings.start;
  });
}

function recordFirstByte(res, timings) {
  res.once("data", () => {
    timings.firstByte = Date.now() - timings.start;
  });
}

module.exports = { recordConnect, recordFirstByte };
