// The same transcode kills the child when the response closes, which every ending brings.
'use strict';
const { spawn } = require('node:child_process');
const express = require('express');

const app = express();
app.get('/cameras/:id/live.mp4', (req, res) => {
  const ffmpeg = spawn('ffmpeg', ['-i', `rtsp://cams.internal/${req.params.id}`, '-f', 'mp4', 'pipe:1']);
  const stop = () => ffmpeg.kill('SIGKILL');
  res.on('close', () => stop());
  res.type('video/mp4');
  ffmpeg.stdout.pipe(res);
});
app.listen(3080);
