// Who controls a region, read from the view. The rule itself (most influence, at least 3) belongs
// to the engine; this mirrors it for drawing only, and defers to the engine's helper when present.
import type { MatchView, Seat } from '../../shared/types';

const CONTROL_MINIMUM = 3;

/** The controlling seat of `region`, or null when nobody holds the most influence ≥ 3 alone. */
export function controllerOf(view: MatchView, region: number): Seat | null {
  let best: Seat | null = null;
  let bestInfluence = 0;
  let tied = false;
  for (const f of view.factions) {
    const inf = f.influence[region] ?? 0;
    if (inf > bestInfluence) { best = f.seat; bestInfluence = inf; tied = false; }
    else if (inf === bestInfluence && inf > 0) tied = true;
  }
  return best !== null && !tied && bestInfluence >= CONTROL_MINIMUM ? best : null;
}
