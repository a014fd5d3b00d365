// The render job stops its progress interval on 'close', which a child process emits after
// 'exit' and after a failure to start alike: no path leaves it running.
const { spawn } = require('child_process');

function render(scene, onProgress) {
  return new Promise((resolve, reject) => {
    const child = spawn('blender', ['-b', scene, '-a']);
    let frames = 0;
    child.stdout.on('data', () => { frames += 1; });
    const ticker = setInterval(() => onProgress(frames), 1000);
    child.on('close', (code) => {
      clearInterval(ticker);
      code === 0 ? resolve(frames) : reject(new Error(`blender exited with ${code}`));
    });
    child.on('error', (err) => reject(err));
  });
}

module.exports = { render };
