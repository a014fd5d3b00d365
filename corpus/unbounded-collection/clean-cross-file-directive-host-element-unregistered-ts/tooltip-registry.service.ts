// A root service that keeps one tooltip text per element, for the one shared popover.
import { Injectable } from '@angular/core';

@Injectable({ providedIn: 'root' })
export class TooltipRegistry {
  private readonly texts = new Map<HTMLElement, string>();

  register(element: HTMLElement, text: string): void {
    this.texts.set(element, text);
  }

  unregister(element: HTMLElement): void {
    this.texts.delete(element);
  }

  textFor(element: HTMLElement): string | undefined {
    return this.texts.get(element);
  }
}
