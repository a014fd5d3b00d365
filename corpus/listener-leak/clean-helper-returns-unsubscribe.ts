// The same helpers over an emitter whose `on()` returns an unsubscribe function: the caller
// keeps it and calls it when the request closes, and the start-up call runs once.
import express from 'express';
import { createNanoEvents, Emitter } from 'nanoevents';

interface Events {
  changed: (key: string) => void;
}

const settings: Emitter<Events> = createNanoEvents<Events>();
const app = express();

const watchSetting = (emitter: Emitter<Events>, fn: (key: string) => void) => emitter.on('changed', fn);

app.get('/tenants/:id/settings/stream', (req, res) => {
  const unbind = watchSetting(settings, (key) => res.write(`${req.params.id} ${key}\n`));
  req.on('close', unbind);
});

watchSetting(settings, (key) => console.log('setting changed', key));

export default app;
