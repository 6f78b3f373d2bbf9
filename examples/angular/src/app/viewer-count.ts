import { AsyncPipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TikTokLiveService } from './tiktok-live.service';

/** Viewers now, from the room's `roomUserSeq` events (with the `async` pipe, for comparison with `toSignal`). */
@Component({
  selector: 'app-viewer-count',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AsyncPipe, DecimalPipe],
  template: `
    @let viewers = viewers$ | async;
    <span class="viewers">{{ viewers === null ? '–' : (viewers | number) }}</span> watching
  `,
})
export class ViewerCount {
  protected readonly viewers$ = inject(TikTokLiveService).viewers$;
}
