import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { BattleBar } from './battle-bar';
import { ChatList } from './chat-list';
import { GiftFeed } from './gift-feed';
import { GiftLeaderboard } from './gift-leaderboard';
import { TikTokLiveService } from './tiktok-live.service';
import { ViewerCount } from './viewer-count';

@Component({
  selector: 'app-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BattleBar, ChatList, GiftFeed, GiftLeaderboard, ViewerCount],
  template: `
    <header>
      <h1>&#64;{{ live.config.uniqueId }}</h1>
      <app-viewer-count />
      <p class="status" [attr.data-state]="status().state">
        @switch (status().state) {
          @case ('live') { live }
          @case ('reconnecting') { reconnecting… }
          @case ('ended') { the LIVE ended }
          @case ('failed') { {{ failure() }} }
          @default { connecting… }
        }
      </p>
    </header>
    <app-battle-bar />
    <main>
      <app-chat-list />
      <app-gift-feed />
      <app-gift-leaderboard />
    </main>
  `,
})
export class App {
  protected readonly live = inject(TikTokLiveService);
  protected readonly status = toSignal(this.live.status$, { requireSync: true });
  protected failure(): string {
    const s = this.status();
    return s.state === 'failed' ? s.message : '';
  }
}
