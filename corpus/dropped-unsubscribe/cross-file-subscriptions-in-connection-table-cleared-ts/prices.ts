// The process-wide stream of price ticks.
import { Subject } from "rxjs";

export type Tick = { symbol: string; price: number };
export const prices$ = new Subject<Tick>();
