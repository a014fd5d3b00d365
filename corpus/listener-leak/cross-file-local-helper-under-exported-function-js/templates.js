'use strict';
const fs = require('fs');
const path = require('path');
const Handlebars = require('handlebars');

const TEMPLATE_DIR = process.env.TEMPLATE_DIR || path.join(__dirname, 'views');
const compiled = new Map();

// Flush the compiled copy when the worker is asked to reload.
function dropOnReload(file) {
  process.on('SIGHUP', () => {
    compiled.delete(file);
  });
}

function load(file) {
  let template = compiled.get(file);
  if (!template) {
    template = Handlebars.compile(fs.readFileSync(file, 'utf8'));
    compiled.set(file, template);
  }
  return template;
}

function renderPage(name, data) {
  const file = path.join(TEMPLATE_DIR, `${name}.hbs`);
  const template = load(file);
  dropOnReload(file);
  return template(data);
}

module.exports = { renderPage };
