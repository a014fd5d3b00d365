// Both subscriptions added to one Subscription, which ngOnDestroy ends.
import { Component, OnDestroy, OnInit } from "@angular/core";
import { Subscription } from "rxjs";
import { FeedService } from "./feed.service";

@Component({ selector: "app-board", template: "<div>{{ online }} {{ count }}</div>" })
export class BoardComponent implements OnInit, OnDestroy {
  online = false;
  count = 0;
  private readonly subscription = new Subscription();

  constructor(private readonly feed: FeedService) {}

  ngOnInit(): void {
    this.subscription.add(this.feed.online$.subscribe((online) => (this.online = online)));
    this.subscription.add(this.feed.updates$.subscribe((batch) => (this.count += batch.length)));
  }

  ngOnDestroy(): void {
    this.subscription.unsubscribe();
  }
}
