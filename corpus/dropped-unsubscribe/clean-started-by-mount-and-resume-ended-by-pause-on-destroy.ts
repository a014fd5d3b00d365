// The feed component starts its refresh loop on init and again on resume; `pause()` ends it,
// and `ngOnDestroy()` pauses first, so no subscription outlives the component.
import { Component, OnDestroy, OnInit } from "@angular/core";
import { interval, type Subscription } from "rxjs";
import { switchMap } from "rxjs/operators";
import { FeedApi, type FeedItem } from "./feed-api.service";

@Component({ selector: "app-feed", template: "<ul><li *ngFor='let item of items'>{{ item.title }}</li></ul>" })
export class FeedComponent implements OnInit, OnDestroy {
  items: FeedItem[] = [];
  private refresh?: Subscription;

  constructor(private readonly api: FeedApi) {}

  ngOnInit(): void {
    this.startRefresh();
  }

  pause(): void {
    this.refresh?.unsubscribe();
    this.refresh = undefined;
  }

  resume(): void {
    if (!this.refresh) this.startRefresh();
  }

  ngOnDestroy(): void {
    this.pause();
    this.items = [];
  }

  private startRefresh(): void {
    this.refresh = interval(15_000)
      .pipe(switchMap(() => this.api.latest()))
      .subscribe((items) => (this.items = items));
  }
}
