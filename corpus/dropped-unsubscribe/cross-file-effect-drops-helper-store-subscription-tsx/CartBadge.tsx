// The badge subscribes through the helper on every mount and drops what it hands back: the
// app's store keeps one listener, and the unmounted badge's state setter, per mount.
import { useEffect, useState } from "react";
import { useStore } from "react-redux";
import { onSliceChange } from "./select";

interface State {
  cart: { items: unknown[] };
}

export function CartBadge() {
  const store = useStore<State>();
  const [count, setCount] = useState(() => store.getState().cart.items.length);
  useEffect(() => {
    onSliceChange(store, (s) => s.cart.items.length, setCount); // expect: dropped-unsubscribe
  }, [store]);
  return <span className="badge">{count}</span>;
}
