import { useEffect, useRef } from 'react';
import { beep } from './beep';

/** Beeps once when the current block's time runs out while the facilitator watches, if sound is on. */
export function useTimeUpCue(blockId: string | null, timeUp: boolean, sound: boolean): void {
  const last = useRef<{ blockId: string | null; timeUp: boolean }>({ blockId, timeUp });
  useEffect(() => {
    const before = last.current;
    last.current = { blockId, timeUp };
    // Only a change on the same block: opening a view on an overrun block stays quiet.
    if (sound && timeUp && !before.timeUp && before.blockId === blockId) beep();
  }, [blockId, timeUp, sound]);
}
