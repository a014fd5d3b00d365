// Compiled mail templates, cached by name. The cached function closes over the context of
// the request that compiled it, so every later mail reuses (and keeps) that first request.
const Handlebars = require('handlebars');

class Mailer {
  constructor() {
    this.templates = new Map();
  }

  templateFor(name, ctx) {
    if (!this.templates.has(name)) {
      const compiled = Handlebars.compile(`{{greeting}}, {{name}}`);
      this.templates.set(name, (data) => compiled({ ...data, greeting: ctx.i18n.t('hello') }));
    }
    return this.templates.get(name);
  }
}

module.exports = new Mailer();
