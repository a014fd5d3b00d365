'use strict';

const express = require('express');
const { inTransaction, execute } = require('./store');

const orders = express.Router();

orders.post('/orders', async (req, res, next) => {
  try {
    const id = await inTransaction(async (connection) => {
      const saved = await execute(connection, 'INSERT INTO orders (customer) VALUES (?)', [req.body.customer]);
      return saved.insertId;
    });
    res.status(201).json({ id });
  } catch (err) {
    next(err);
  }
});

module.exports = orders;
