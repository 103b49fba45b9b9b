// A scene (scene.ts) as a standalone SVG 1.1 file: nothing fetched (no fonts, no images), so it
// opens the same offline, in a browser, in Inkscape or in a word processor.
import { ARROW_HEAD, trimmedLine } from './arrows';
import type { Scene, SceneGroup, SceneShape } from './scene';

export const SVG_FONT_FAMILY = 'Noto Sans, DejaVu Sans, Arial, sans-serif';

/** Characters XML 1.0 forbids (a pasted name can hold them): they would make the file unreadable. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- these are exactly the characters to remove
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text or an attribute value made safe for XML. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Numbers with at most two decimals: enough for a drawing, and a much smaller file. */
const n = (value: number) => String(Math.round(value * 100) / 100);

function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? n(value) : escapeXml(value)}"`)
    .join('');
}

const markerId = (end: 'start' | 'end', color: string) => `arrow-${end}-${color.replace(/[^0-9a-z]/gi, '')}`;

/**
 * Arrowheads in line widths, so one marker per colour serves every line weight. The line stops
 * half a head before the tip (trimmedLine), so the marker's tip sits half a head past its end;
 * the start marker is the mirror image (SVG 1.1 has no orient="auto-start-reverse").
 */
function marker(end: 'start' | 'end', color: string): string {
  const half = ARROW_HEAD.length / 2;
  const side = ARROW_HEAD.halfWidth;
  const sign = end === 'end' ? 1 : -1;
  const d = `M${n(-sign * half)} ${n(-side)}L${n(sign * half)} 0L${n(-sign * half)} ${n(side)}Z`;
  return (
    `<marker${attrs({ id: markerId(end, color), viewBox: '-2.5 -3.5 5 7', markerWidth: 5, markerHeight: 7, refX: 0, refY: 0, markerUnits: 'strokeWidth', orient: 'auto' })}>` +
    `<path${attrs({ d, fill: color, stroke: color, 'stroke-width': 0.7, 'stroke-linejoin': 'round' })}/></marker>`
  );
}

function shapeSvg(shape: SceneShape): string {
  switch (shape.kind) {
    case 'rect':
      return `<rect${attrs({ x: shape.x, y: shape.y, width: shape.width, height: shape.height, rx: shape.radius || undefined, fill: shape.fill, stroke: shape.stroke, 'stroke-width': shape.stroke ? (shape.strokeWidth ?? 1) : undefined })}/>`;
    case 'circle':
      return `<circle${attrs({ cx: shape.cx, cy: shape.cy, r: shape.r, fill: shape.fill, stroke: shape.stroke, 'stroke-width': shape.stroke ? (shape.strokeWidth ?? 1) : undefined })}/>`;
    case 'line': {
      const { x1, y1, x2, y2 } = trimmedLine(shape);
      return `<line${attrs({
        x1,
        y1,
        x2,
        y2,
        stroke: shape.stroke,
        'stroke-width': shape.strokeWidth,
        'stroke-dasharray': shape.dash,
        'marker-start': shape.arrowStart ? `url(#${markerId('start', shape.stroke)})` : undefined,
        'marker-end': shape.arrowEnd ? `url(#${markerId('end', shape.stroke)})` : undefined,
      })}/>`;
    }
    case 'path': {
      const transform = `translate(${n(shape.x)} ${n(shape.y)})${shape.scale === 1 ? '' : ` scale(${Math.round(shape.scale * 10_000) / 10_000})`}`;
      // A stroke keeps its width in scene units however the path is scaled.
      const stroke = shape.stroke
        ? {
            stroke: shape.stroke,
            'stroke-width': shape.strokeWidth ?? 1,
            'stroke-dasharray': shape.dash,
            'vector-effect': 'non-scaling-stroke',
            'stroke-linecap': 'round',
            'stroke-linejoin': 'round',
          }
        : {};
      return `<path${attrs({ d: shape.d, fill: shape.fill, 'fill-rule': shape.fillRule === 'evenodd' ? 'evenodd' : undefined, transform, ...stroke })}/>`;
    }
    case 'text':
      return `<text${attrs({ x: shape.x, y: shape.y, 'font-size': shape.fontSize, 'font-weight': shape.bold ? 'bold' : undefined, 'text-anchor': shape.anchor === 'start' ? undefined : shape.anchor, fill: shape.fill })}>${escapeXml(shape.text)}</text>`;
  }
}

function groupSvg(group: SceneGroup): string {
  return `<g class="${group.part.kind}">${group.shapes.map(shapeSvg).join('')}</g>`;
}

/** The scene as an SVG document: one unit of the scene is one pixel of its width and height. */
export function sceneToSvg(scene: Scene): string {
  const { x, y, width, height } = scene.bounds;
  const markers = new Map<string, string>();
  for (const group of scene.groups) {
    for (const shape of group.shapes) {
      if (shape.kind !== 'line') continue;
      if (shape.arrowStart) markers.set(markerId('start', shape.stroke), marker('start', shape.stroke));
      if (shape.arrowEnd) markers.set(markerId('end', shape.stroke), marker('end', shape.stroke));
    }
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg${attrs({ xmlns: 'http://www.w3.org/2000/svg', version: '1.1', width, height, viewBox: `${n(x)} ${n(y)} ${n(width)} ${n(height)}`, 'font-family': SVG_FONT_FAMILY })}>`,
    `<title>${escapeXml(scene.title)}</title>`,
    `<desc>${escapeXml(scene.description)}</desc>`,
    markers.size > 0 ? `<defs>${[...markers.values()].join('')}</defs>` : '',
    ...scene.groups.map(groupSvg),
    '</svg>',
    '',
  ]
    .filter((line, i, all) => line !== '' || i === all.length - 1)
    .join('\n');
}
