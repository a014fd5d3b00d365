// The logger stops on 'close', which a response emits whether it finished or was cut short.
import type { Request, Response } from 'express';
import express from 'express';

const app = express();

app.get('/export', (req: Request, res: Response) => {
  let sent = 0;
  const progress = setInterval(() => console.log(`${req.ip}: ${sent} rows`), 1000);
  res.on('close', () => clearInterval(progress));
  res.write('id,name\n');
  sent += 1;
});

app.listen(3000);
