// A streaming endpoint stops its feed when the client goes away, by listening for 'close' on the
// request's socket. Browsers keep that connection alive across many requests, so each request
// adds one more listener (and its feed) to the same socket until the browser disconnects.
import express from 'express';
import { subscribeFeed } from './feeds';

const app = express();

app.get('/feed/:topic', (req, res) => {
  const stop = subscribeFeed(req.params.topic, (item) => res.write(JSON.stringify(item)));
  req.socket.on('close', () => { // expect: listener-leak
    stop();
  });
});

export default app;
