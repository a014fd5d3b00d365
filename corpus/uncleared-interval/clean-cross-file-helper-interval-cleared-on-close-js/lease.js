// Renews a worker's lease while its socket is open; stops when it closes or a renewal fails.
function keepLease(socket, store, leaseId) {
  const renew = () => store.extend(leaseId, 30);
  const timer = setInterval(() => {
    renew().catch((err) => {
      socket.emit('lease:lost', err.message);
      clearInterval(timer);
    });
  }, 10_000);
  socket.once('disconnect', () => clearInterval(timer));
}

module.exports = { keepLease };
