// Each conversion spawns its own child and waits for either its exit or its error: both
// listeners go with the child, which nothing keeps once it has ended.
const { spawn } = require('child_process');

function convert(input, output) {
  return new Promise((resolve, reject) => {
    const child = spawn('convert', [input, output]);
    child.once('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`convert exited ${code}`))));
    child.once('error', reject);
  });
}

function handle(req, res) {
  convert(req.query.in, req.query.out).then((file) => res.send(file), (err) => res.status(500).send(err.message));
}

module.exports = { handle };
