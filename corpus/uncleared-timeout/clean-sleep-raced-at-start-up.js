// Raced once, while the process starts: one pending timer at most, for the process's life.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function connectOrGiveUp(client) {
  return Promise.race([client.connect(), sleep(10_000).then(() => { throw new Error('no database'); })]);
}

connectOrGiveUp(require('./db').client).catch(() => process.exit(1));
