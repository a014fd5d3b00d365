import { Directive, HostListener, OnDestroy } from '@angular/core';
import { Subscription } from 'rxjs';
import { PreviewService } from './preview.service';

@Directive({ selector: '[appHoverPreview]' })
export class HoverPreviewDirective implements OnDestroy {
  preview = '';
  private loading?: Subscription;

  constructor(private readonly previews: PreviewService) {}

  @HostListener('mouseenter')
  onEnter(): void {
    this.load();
  }

  private load(): void {
    this.loading = this.previews.watch().subscribe((html) => { // expect: dropped-unsubscribe
      this.preview = html;
    });
  }

  ngOnDestroy(): void {
    this.loading?.unsubscribe();
  }
}
