import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TikTokLiveService } from './tiktok-live.service';

/** The top gifters by diamonds (`leaderboard` after `comboEnd`). */
@Component({
  selector: 'app-gift-leaderboard',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2>Top gifters</h2>
    <ul class="leaderboard">
      @for (row of rows(); track row.user.userId) {
        <li><b>#{{ row.rank }}</b> {{ row.user.uniqueId }} · {{ row.total }} 💎</li>
      } @empty {
        <li class="empty">No gifts yet</li>
      }
    </ul>
  `,
})
export class GiftLeaderboard {
  protected readonly rows = toSignal(inject(TikTokLiveService).leaderboard$, { initialValue: [] });
}
