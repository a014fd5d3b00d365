// A long export streams rows and logs its progress every second until the response finishes.
// A client that goes away closes the response without 'finish', and the logger runs for ever,
// holding the request, the response and the row cursor.
import type { Request, Response } from 'express';
import express from 'express';

const app = express();

app.get('/export', (req: Request, res: Response) => {
  let sent = 0;
  const progress = setInterval(() => console.log(`${req.ip}: ${sent} rows`), 1000); // expect: uncleared-interval
  res.on('finish', () => clearInterval(progress));
  res.write('id,name\n');
  sent += 1;
});

app.listen(3000);
