// The component's start hands the work to a private method, which subscribes to the
// root-provided service's stream and drops the subscription: every time the component is
// created, one more subscription stays on the service, with the destroyed component in it.
import { Component, Injectable, OnDestroy, OnInit } from "@angular/core";
import { BehaviorSubject } from "rxjs";

@Injectable({ providedIn: "root" })
export class PresenceService {
  readonly online$ = new BehaviorSubject<string[]>([]);
}

@Component({ selector: "app-online-count", template: "<span>{{ count }}</span>" })
export class OnlineCountComponent implements OnInit, OnDestroy {
  count = 0;
  private blink?: ReturnType<typeof setTimeout>;

  constructor(private readonly presence: PresenceService) {}

  ngOnInit(): void {
    this.follow(); // expect: dropped-unsubscribe
  }

  ngOnDestroy(): void {
    clearTimeout(this.blink);
  }

  private follow(): void {
    this.presence.online$.subscribe((users) => {
      this.count = users.length;
    });
  }
}
