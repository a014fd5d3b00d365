// The directive takes its host element out of the registry when Angular destroys it.
import { Directive, ElementRef, Input, OnDestroy, OnInit } from '@angular/core';
import { TooltipRegistry } from './tooltip-registry.service';

@Directive({ selector: '[appTooltip]', standalone: true })
export class TooltipDirective implements OnInit, OnDestroy {
  @Input({ required: true }) appTooltip!: string;

  constructor(private readonly host: ElementRef<HTMLElement>, private readonly registry: TooltipRegistry) {}

  ngOnInit(): void {
    this.registry.register(this.host.nativeElement, this.appTooltip);
  }

  ngOnDestroy(): void {
    this.registry.unregister(this.host.nativeElement);
  }
}
