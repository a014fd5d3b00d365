// The same component keeps what the private method subscribes and ends it when destroyed.
import { Component, Injectable, OnDestroy, OnInit } from "@angular/core";
import { BehaviorSubject, Subscription } from "rxjs";

@Injectable({ providedIn: "root" })
export class PresenceService {
  readonly online$ = new BehaviorSubject<string[]>([]);
}

@Component({ selector: "app-online-count", template: "<span>{{ count }}</span>" })
export class OnlineCountComponent implements OnInit, OnDestroy {
  count = 0;
  private subscription?: Subscription;

  constructor(private readonly presence: PresenceService) {}

  ngOnInit(): void {
    this.follow();
  }

  ngOnDestroy(): void {
    this.subscription?.unsubscribe();
  }

  private follow(): void {
    this.subscription = this.presence.online$.subscribe((users) => {
      this.count = users.length;
    });
  }
}
