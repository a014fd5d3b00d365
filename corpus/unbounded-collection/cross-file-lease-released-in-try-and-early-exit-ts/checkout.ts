// The checkout route gives the lease back when the cart is empty and after a payment that
// succeeds; a payment that throws goes to the error handler holding it.
import express from "express";
import { LeaseBook } from "./leases";
import { charge } from "./payments";

const leases = new LeaseBook();
export const checkout = express.Router();

checkout.post("/carts/:cartId/checkout", async (req, res, next) => {
  const cartId = req.params.cartId;
  if (!leases.acquire(cartId, req.ip ?? "unknown")) { // expect: unbounded-collection
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
    const receipt = await charge(cartId, items.reduce((sum, item) => sum + item.price, 0));
    leases.commit(cartId);
    res.json(receipt);
  } catch (error) {
    next(error);
  }
});
