// A route that asks a broker client to add a topic subscription, with the error-first callback
// the client calls once when the broker answers: nothing is registered per message.
import express from 'express';
import mqtt from 'mqtt';

const client = mqtt.connect('mqtt://broker.internal:1883');
const app = express();

app.post('/devices/:id/watch', (req, res) => {
  client.subscribe(`devices/${req.params.id}/state`, { qos: 1 }, (error) => {
    if (error) res.status(502).json({ error: error.message });
    else res.sendStatus(204);
  });
});

app.listen(8080);
