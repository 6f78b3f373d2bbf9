/**
 * The CAPTCHA solvers with the SDK's positional arguments
 * (`solvePuzzle(apiKey, puzzle, piece, serverUrl?)`), over the option-object
 * helpers of the root entry.
 */
import * as rest from '../api/rest.js';

/** Where to slide `piece` on `puzzle` (base64 PNG/JPEG). */
export function solvePuzzle(apiKey: string, puzzle: string, piece: string, serverUrl?: string): Promise<rest.PuzzleSolution> {
  return rest.solvePuzzle({ apiKey, puzzle, piece, serverUrl });
}

/** The angle that lines `inner` up with `outer`. */
export function solveRotate(apiKey: string, outer: string, inner: string, serverUrl?: string): Promise<rest.RotateSolution> {
  return rest.solveRotate({ apiKey, outer, inner, serverUrl });
}

/** The two matching shapes in `image`. */
export function solveShapes(apiKey: string, image: string, serverUrl?: string): Promise<rest.ShapesSolution> {
  return rest.solveShapes({ apiKey, image, serverUrl });
}
