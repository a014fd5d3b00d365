// Waits for the message that answers `ticket`. The listener takes itself off when its answer
// comes; when the answer never comes, the timeout rejects and the listener stays for good.
function awaitAnswer(channel, ticket, ms) {
  return new Promise((resolve, reject) => {
    const onAnswer = (message) => {
      if (message.ticket !== ticket) return;
      clearTimeout(timer);
      channel.removeListener('answer', onAnswer);
      resolve(message.value);
    };
    const timer = setTimeout(() => reject(new Error(`ticket ${ticket} unanswered`)), ms);
    channel.on('answer', onAnswer);
  });
}

module.exports = { awaitAnswer };
