import express from 'express';
import { alerts, type Alert } from './alerts';

const app = express();

app.get('/alerts', (req, res) => {
  res.setHeader('content-type', 'text/event-stream');
  alerts.subscribeAlerts((alert: Alert) => { // expect: listener-leak
    res.write(`data: ${JSON.stringify(alert)}\n\n`);
  });
});

app.listen(5050);
