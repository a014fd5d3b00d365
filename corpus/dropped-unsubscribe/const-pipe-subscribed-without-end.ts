// The panel names its piped stream in a const first and subscribes with nothing that ends it:
// every panel destroyed leaves its subscription on the feed.
import { Component, Input, OnDestroy, OnInit } from "@angular/core";
import { Subject } from "rxjs";
import { filter, map, takeUntil } from "rxjs/operators";
import { ShipmentFeed, type ShipmentEvent } from "./shipment-feed.service";

@Component({ selector: "app-shipment-panel", template: "<p>{{ status }}</p>" })
export class ShipmentPanelComponent implements OnInit, OnDestroy {
  @Input() shipmentId = "";
  status = "unknown";
  private readonly destroy$ = new Subject<void>();

  constructor(private readonly feed: ShipmentFeed) {}

  ngOnInit(): void {
    const status$ = this.feed.events$.pipe(
      filter((event: ShipmentEvent) => event.shipmentId === this.shipmentId),
      map((event) => event.status),
    );
    status$.subscribe((status) => (this.status = status)); // expect: dropped-unsubscribe
  }

  ngOnDestroy(): void {
    this.destroy$.next();
    this.destroy$.complete();
  }
}
