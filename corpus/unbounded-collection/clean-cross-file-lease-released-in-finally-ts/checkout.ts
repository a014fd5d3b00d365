// The checkout route gives the lease back when the cart is empty, and in `finally` once the
// payment is tried, whether it succeeds or throws.
import express from "express";
import { LeaseBook } from "./leases";
import { charge } from "./payments";

const leases = new LeaseBook();
export const checkout = express.Router();

checkout.post("/carts/:cartId/checkout", async (req, res, next) => {
  const cartId = req.params.cartId;
  if (!leases.acquire(cartId, req.ip ?? "unknown")) {
    res.status(409).end();
    return;
  }
  try {
    const items: Array<{ sku: string; price: number }> = req.body.items ?? [];
    if (items.length === 0) {
      leases.cancel(cartId);
      res.status(422).json({ error: "empty cart" });
      return;
    }
    try {
      const receipt = await charge(cartId, items.reduce((sum, item) => sum + item.price, 0));
      res.json(receipt);
    } finally {
      leases.commit(cartId);
    }
  } catch (error) {
    next(error);
  }
});
