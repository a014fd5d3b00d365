// A static cache filled through `this` inside a static method that a handler calls.
import http from 'node:http';

class Templates {
  static compiled: Record<string, string> = {}; // expect: unbounded-collection

  static render(name: string): string {
    if (!(name in this.compiled)) {
      this.compiled[name] = `<template ${name}>`;
    }
    return this.compiled[name];
  }
}

http.createServer((req, res) => {
  res.end(Templates.render(req.url ?? '/'));
}).listen(8087);
