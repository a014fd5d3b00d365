// The listener on the service-wide signal goes away only when the child fails to start; a
// conversion that runs and exits leaves its listener, and the child it closes over, behind.
const { spawn } = require('node:child_process');

function convert(service, input, output) {
  return new Promise((resolve, reject) => {
    const child = spawn('ffmpeg', ['-i', input, output], { cwd: service.workDir });
    const stop = () => child.kill('SIGTERM');
    service.signal.addEventListener('abort', stop, { once: true });
    child.on('error', (err) => {
      service.signal.removeEventListener('abort', stop);
      reject(err);
    });
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`ffmpeg exited with ${code}`));
    });
  });
}

async function convertAll(service, files) {
  const done = [];
  for (const file of files) done.push(await convert(service, file, `${file}.mp4`)); // expect: listener-leak
  return done;
}

module.exports = { convertAll };
