import express from 'express';
import { alerts, type Alert } from './alerts';

const app = express();

app.get('/alerts', (req, res) => {
  res.setHeader('content-type', 'text/event-stream');
  const send = (alert: Alert) => {
    res.write(`data: ${JSON.stringify(alert)}\n\n`);
  };
  alerts.subscribeAlerts(send);
  req.on('close', () => alerts.unsubscribeAlerts(send));
});

app.listen(5050);
