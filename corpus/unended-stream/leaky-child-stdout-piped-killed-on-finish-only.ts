// A live transcode: the child's output is piped into the response, and the child is killed when
// the response finishes or fails. A viewer who closes the tab brings neither, so ffmpeg runs on,
// blocked on a pipe nobody reads.
import { spawn } from 'node:child_process';
import { Router } from 'express';

export const live = Router();

live.get('/cameras/:id/live.mp4', (req, res) => {
  const ffmpeg = spawn('ffmpeg', ['-i', `rtsp://cams.internal/${req.params.id}`, '-f', 'mp4', 'pipe:1']);
  const stop = () => ffmpeg.kill('SIGKILL');
  res.on('finish', () => stop());
  res.on('error', () => stop());
  res.type('video/mp4');
  ffmpeg.stdout.pipe(res); // expect: unended-stream
});
