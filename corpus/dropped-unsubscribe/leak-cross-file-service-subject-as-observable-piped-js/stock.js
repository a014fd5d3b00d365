'use strict';

const { Subject } = require('rxjs');
const { filter } = require('rxjs/operators');

class StockService {
  constructor() {
    this.levels = new Subject();
  }

  report(sku, units) {
    this.levels.next({ sku, units });
  }

  watch(sku) {
    return this.levels.asObservable().pipe(filter((level) => level.sku === sku));
  }
}

module.exports = { stock: new StockService(), StockService };
