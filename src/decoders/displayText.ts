import type * as pb from './generated/webcast.js';

type Text = pb.DisplayText.$Properties | null | undefined;

const PLACEHOLDER = /\{(\d+):\w+\}/g;

/**
 * A display text as the room shows it: its pattern with each `{n:kind}` replaced
 * by piece n (a user by nickname, else handle; a string; a gift by name). A
 * placeholder without a piece, or with a piece of another kind (an image), stays
 * as it is, so a rendered text renders to itself.
 */
export function renderText(text: Text): string {
  const pattern = text?.defaultPattern ?? '';
  const pieces = text?.pieces;
  if (!pieces?.length || !pattern.includes('{')) return pattern;
  return pattern.replace(PLACEHOLDER, (whole, n: string) => {
    const piece = pieces[Number(n)];
    const user = piece?.userValue?.user;
    if (user) return user.nickname || user.displayId || whole;
    if (piece?.stringValue) return piece.stringValue;
    return piece?.giftValue?.nameRef?.defaultPattern || whole;
  });
}

/** A rendered text back to the wire: the text as its pattern, without pieces. */
export function textToWire(key: string, text: string): pb.DisplayText.$Properties {
  return { key, defaultPattern: text };
}
