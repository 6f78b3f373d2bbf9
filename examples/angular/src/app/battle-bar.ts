import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TikTokLiveService } from './tiktok-live.service';

/** The running battle's score as a bar, one segment per side (`battleScore` in room-streams.ts). */
@Component({
  selector: 'app-battle-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (battle(); as b) {
      <h2>Battle{{ b.finished ? ' over' : '' }}</h2>
      <div class="bar">
        @for (side of b.sides; track side.hostUserId) {
          <div class="side" [style.flex-grow]="side.percent">{{ side.name }} {{ side.score }}</div>
        }
      </div>
      @if (b.finished) {
        <p class="result">{{ b.winner ? b.winner + ' wins' : 'Draw' }}</p>
      }
    }
  `,
  styles: `
    .bar { display: flex; height: 1.8rem; border-radius: 0.4rem; overflow: hidden; }
    .side { flex-basis: 0; min-width: 5rem; padding: 0.2rem 0.5rem; white-space: nowrap; color: #fff; background: #fe2c55; }
    .side + .side { text-align: right; background: #25a4ff; }
  `,
})
export class BattleBar {
  protected readonly battle = toSignal(inject(TikTokLiveService).battle$, { initialValue: null });
}
