import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TikTokLiveService } from './tiktok-live.service';

/** Finished gifts: a streak shows once, at its final count (`comboEnd`). */
@Component({
  selector: 'app-gift-feed',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2>Gifts</h2>
    <ul class="gifts">
      @for (gift of gifts(); track gift.msgId) {
        <li>{{ gift.user.uniqueId }} sent {{ gift.giftName }} ×{{ gift.repeatCount }} ({{ gift.diamondCount * gift.repeatCount }} 💎)</li>
      } @empty {
        <li class="empty">No gifts yet</li>
      }
    </ul>
  `,
})
export class GiftFeed {
  protected readonly gifts = toSignal(inject(TikTokLiveService).gifts$, { initialValue: [] });
}
