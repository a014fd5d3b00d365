const { Semaphore } = require('async-mutex');

const uploads = new Semaphore(2);

// Two uploads at a time per process; a failing upload keeps its slot.
async function upload(file, store) {
  const [ticket, release] = await uploads.acquire(); // expect: unreleased-lock
  await store.put(file.name, file.body, { ticket });
  release();
}

module.exports = { upload };
