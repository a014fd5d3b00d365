const { Semaphore } = require('async-mutex');

const uploads = new Semaphore(2);

// Two uploads at a time; the slot comes back on every way out, failures included.
async function upload(file, store) {
  const [ticket, release] = await uploads.acquire();
  try {
    await store.put(file.name, file.body, { ticket });
  } finally {
    release();
  }
}

module.exports = { upload };
