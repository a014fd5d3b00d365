// The effect returns what the helper hands back, so React unsubscribes on unmount.
import { useEffect, useState } from "react";
import { useStore } from "react-redux";
import { onSliceChange } from "./select";

export function CartBadge() {
  const store = useStore();
  const [count, setCount] = useState(() => store.getState().cart.items.length);
  useEffect(() => {
    return onSliceChange(store, (s) => s.cart.items.length, setCount);
  }, [store]);
  return <span className="badge">{count}</span>;
}
