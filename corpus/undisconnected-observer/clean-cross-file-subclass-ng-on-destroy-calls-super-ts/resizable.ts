// A base for components that re-layout when their host element changes size.
import { Directive, ElementRef, OnDestroy, OnInit } from "@angular/core";

@Directive()
export abstract class Resizable implements OnInit, OnDestroy {
  private observer?: ResizeObserver;

  constructor(protected readonly host: ElementRef<HTMLElement>) {}

  ngOnInit(): void {
    this.observer = new ResizeObserver(([entry]) => this.resized(entry.contentRect.width));
    this.observer.observe(this.host.nativeElement);
  }

  ngOnDestroy(): void {
    this.observer?.disconnect();
  }

  protected abstract resized(width: number): void;
}
