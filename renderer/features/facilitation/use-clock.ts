import { useEffect, useState } from 'react';

/**
 * The time, re-read a few times a second while `ticking`. Date.now and setInterval are the only
 * clock: tests replace both (Playwright's page.clock), so no test waits in real time.
 */
export function useClock(ticking: boolean, intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!ticking) return;
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [ticking, intervalMs]);
  return now;
}
