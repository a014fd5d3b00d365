// Two subscriptions kept in one field: the second overwrites the first, and ngOnDestroy
// unsubscribes only the second, so each board destroyed leaves its status subscription.
import { Component, OnDestroy, OnInit } from "@angular/core";
import { Subscription } from "rxjs";
import { FeedService } from "./feed.service";

@Component({ selector: "app-board", template: "<div>{{ online }} {{ count }}</div>" })
export class BoardComponent implements OnInit, OnDestroy {
  online = false;
  count = 0;
  private subscription?: Subscription;

  constructor(private readonly feed: FeedService) {}

  ngOnInit(): void {
    this.subscription = this.feed.online$.subscribe((online) => (this.online = online)); // expect: dropped-unsubscribe
    this.subscription = this.feed.updates$.subscribe((batch) => (this.count += batch.length));
  }

  ngOnDestroy(): void {
    this.subscription?.unsubscribe();
  }
}
