// The archive's child is piped through stream.pipeline, which ends the response with it; the
// child is killed only when the pipeline fails, since on success it has already exited.
import { spawn } from 'node:child_process';
import { pipeline } from 'node:stream';
import http from 'node:http';

http.createServer((req, res) => {
  const git = spawn('git', ['archive', '--format=tar.gz', 'HEAD']);
  res.writeHead(200, { 'content-type': 'application/gzip' });
  pipeline(git.stdout, res, (err) => {
    if (err) git.kill();
  });
}).listen(3130);
