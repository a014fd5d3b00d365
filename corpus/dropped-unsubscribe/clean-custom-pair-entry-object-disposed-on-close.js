// The same registry, with the subscription disposed when the client goes away.
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
  const subscription = themes.onThemeChange((theme) => res.write(`data: ${theme}\n\n`));
  req.on("close", () => subscription.dispose());
});

app.post('/theme/:name', (req, res) => {
  themes.setTheme(req.params.name);
  res.sendStatus(204);
});

app.listen(3003);
