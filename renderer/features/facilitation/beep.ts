/**
 * A short two-tone beep made with the Web Audio API: nothing is fetched, and nothing plays unless
 * the facilitator switched the sound on (the click that did so also lets the browser play audio).
 */
let context: AudioContext | null = null;

export function beep(): void {
  try {
    context ??= new AudioContext();
    const ctx = context;
    void ctx.resume();
    [0, 0.25].forEach((offset, i) => {
      const oscillator = ctx.createOscillator();
      const gain = ctx.createGain();
      oscillator.frequency.value = i === 0 ? 880 : 660;
      const start = ctx.currentTime + offset;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.3, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.2);
      oscillator.connect(gain).connect(ctx.destination);
      oscillator.start(start);
      oscillator.stop(start + 0.22);
    });
  } catch {
    // No audio device: the visible cue and the announcement still tell the facilitator.
  }
}
