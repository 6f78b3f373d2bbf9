import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TikTokLiveService } from './tiktok-live.service';

/** The latest chat lines, oldest at the top. */
@Component({
  selector: 'app-chat-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2>Chat</h2>
    <ol class="chat">
      @for (chat of chats(); track chat.msgId) {
        <li [attr.data-msg-id]="chat.msgId"><b>{{ chat.user.nickname || chat.user.uniqueId }}</b> {{ chat.comment }}</li>
      } @empty {
        <li class="empty">No chat yet</li>
      }
    </ol>
  `,
})
export class ChatList {
  protected readonly chats = toSignal(inject(TikTokLiveService).chats$, { initialValue: [] });
}
