// A render job reports progress every second and stops on the child's 'exit'. When the
// binary is missing, the child emits 'error' (and 'close') but never 'exit', so the progress
// interval keeps running, with the job's callback, for the life of the process.
const { spawn } = require('child_process');

function render(scene, onProgress) {
  return new Promise((resolve, reject) => {
    const child = spawn('blender', ['-b', scene, '-a']);
    let frames = 0;
    child.stdout.on('data', () => { frames += 1; });
    const ticker = setInterval(() => onProgress(frames), 1000); // expect: uncleared-interval
    child.on('exit', (code) => {
      clearInterval(ticker);
      code === 0 ? resolve(frames) : reject(new Error(`blender exited with ${code}`));
    });
    child.on('error', (err) => reject(err));
  });
}

module.exports = { render };
