// The registry wraps each listener in an entry and hands back `{ dispose }`; the theme stream
// route never disposes, so the one registry keeps every response's listener.
import express from 'express';

class ThemeRegistry {
  constructor() {
    this.entries = [];
    this.theme = 'light';
  }

  onThemeChange(listener) {
    const entry = { listener, since: Date.now() };
    this.entries.push(entry);
    return {
      dispose: () => {
        const at = this.entries.indexOf(entry);
        if (at !== -1) this.entries.splice(at, 1);
      },
    };
  }

  setTheme(theme) {
    this.theme = theme;
    this.entries.forEach(({ listener }) => listener(theme));
  }
}

const themes = new ThemeRegistry();
const app = express();

app.get('/theme/events', (req, res) => {
  res.set('content-type', 'text/event-stream');
  themes.onThemeChange((theme) => res.write(`data: ${theme}\n\n`)); // expect: dropped-unsubscribe
});

app.post('/theme/:name', (req, res) => {
  themes.setTheme(req.params.name);
  res.sendStatus(204);
});

app.listen(3003);
