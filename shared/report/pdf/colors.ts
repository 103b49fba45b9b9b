// Scene colours (CSS-style strings) as the painter takes them: '#rrggbb', or null for none.

/** '#rgb', '#rrggbb' (lower or upper case) as '#rrggbb'; 'none', 'transparent' and unknown values as null. */
export function solidColor(value: string | undefined): string | null {
  if (!value) return null;
  const v = value.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(v)) return v;
  if (/^#[0-9a-f]{3}$/.test(v)) return `#${v[1]}${v[1]}${v[2]}${v[2]}${v[3]}${v[3]}`;
  if (v === 'white') return '#ffffff';
  if (v === 'black') return '#000000';
  return null;
}

/** SVG dash arrays ("6 4", "6,4") in scene units as points. */
export function dashPattern(dash: string | undefined, scale: number): number[] | null {
  if (!dash) return null;
  const values = dash
    .split(/[\s,]+/)
    .map(Number)
    .filter((n) => Number.isFinite(n) && n >= 0);
  if (values.length === 0 || values.every((n) => n === 0)) return null;
  return values.map((n) => n * scale);
}
