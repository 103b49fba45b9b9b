import type { ActorIcon, BuiltInActorType, BuiltInRelationType } from '../model';

/**
 * Colour and icon of each actor type. Every colour has at least 3:1 contrast against white (an
 * icon badge is a meaningful graphic, WCAG 1.4.11), and the icon tells the types apart in
 * greyscale and for people with colour-vision deficiency. Icons are our own 24×24 paths (no
 * icon font, nothing fetched).
 */
export const actorStyles: Record<BuiltInActorType, { color: string; icon: string }> = {
  citizen: {
    color: '#b35c00',
    icon: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm-7.5 8.5c0-4 3.4-6.5 7.5-6.5s7.5 2.5 7.5 6.5z',
  },
  municipality: {
    color: '#0061a8',
    icon: 'M12 2.5 3 7.5V9h18V7.5zM5 10.5h2.5V17H5zm4.5 0h2v6.5h-2zm3 0h2v6.5h-2zm4 0H19V17h-2.5zM3 18.5h18V21H3z',
  },
  agency: {
    color: '#7d3c98',
    icon: 'M12 2 4 5.5v5.5c0 5 3.4 9.3 8 11 4.6-1.7 8-6 8-11V5.5zm0 4 1.5 3.1 3.4.5-2.5 2.4.6 3.4-3-1.6-3 1.6.6-3.4-2.5-2.4 3.4-.5z',
  },
  company: {
    color: '#00734f',
    icon: 'M9 3.5h6A1.5 1.5 0 0 1 16.5 5v2H20a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1h3.5V5A1.5 1.5 0 0 1 9 3.5zM9.5 7h5V5.5h-5z',
  },
  association: {
    color: '#b0305f',
    icon: 'M7.5 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm9 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM1.5 19.5c0-3.2 2.7-5.5 6-5.5s6 2.3 6 5.5zm13.4 0c0-1.9-.7-3.5-1.9-4.6a7 7 0 0 1 3.5-.9c3.3 0 6 2.3 6 5.5z',
  },
  research: {
    color: '#5c6600',
    icon: 'M12 3 1 9l11 6 9-4.9V16h2V9zM5.5 12.7V16c0 1.9 2.9 3.5 6.5 3.5s6.5-1.6 6.5-3.5v-3.3L12 16.3z',
  },
  other: {
    color: '#56616b',
    icon: 'M12 3.5a8.5 8.5 0 1 1 0 17 8.5 8.5 0 0 1 0-17zM7.8 10.6a1.4 1.4 0 1 0 0 2.8 1.4 1.4 0 0 0 0-2.8zm4.2 0a1.4 1.4 0 1 0 0 2.8 1.4 1.4 0 0 0 0-2.8zm4.2 0a1.4 1.4 0 1 0 0 2.8 1.4 1.4 0 0 0 0-2.8z',
  },
};

/** Line colour of each relation type (informal relations are dashed, strength is line weight). */
export const relationColors: Record<BuiltInRelationType, string> = {
  service: '#0061a8',
  information: '#00734f',
  money: '#b35c00',
  regulation: '#7d3c98',
  collaboration: '#3d4852',
};

/** Line width for a strength; a relation without one is drawn at medium weight. */
export const strokeWidthFor = (strength: 1 | 2 | 3 | null) => (strength === 1 ? 1.5 : strength === 3 ? 4 : 2.5);

export const INFORMAL_DASH = '7 5';

/** The icons a user's own actor type can take: the built-in types' icons and a few more. */
export const actorIconPaths: Record<ActorIcon, string> = {
  person: actorStyles.citizen.icon,
  townhall: actorStyles.municipality.icon,
  shield: actorStyles.agency.icon,
  briefcase: actorStyles.company.icon,
  people: actorStyles.association.icon,
  cap: actorStyles.research.icon,
  dots: actorStyles.other.icon,
  heart: 'M12 21 3.6 12.9A5.3 5.3 0 0 1 12 6.1a5.3 5.3 0 0 1 8.4 6.8z',
  leaf: 'M20 3C10 3 4 8 4 15c0 2 .6 3.6 1.5 5l1.4-1.4C8 13 12 9 17 7c-4 3-7.4 7-8.7 12.6A8 8 0 0 0 11 20c6 0 9-6 9-17z',
  house: 'M12 3 2.5 11H5v9h5.5v-6h3v6H19v-9h2.5z',
  star: 'm12 2.5 2.9 6.2 6.6.7-5 4.5 1.4 6.6L12 17.2l-5.9 3.3 1.4-6.6-5-4.5 6.6-.7z',
  gear: 'M10.3 2h3.4l.5 2.6 1.9.8 2.2-1.5 2.4 2.4-1.5 2.2.8 1.9 2.6.5v3.4l-2.6.5-.8 1.9 1.5 2.2-2.4 2.4-2.2-1.5-1.9.8-.5 2.6h-3.4l-.5-2.6-1.9-.8-2.2 1.5-2.4-2.4 1.5-2.2-.8-1.9L2 13.7v-3.4l2.6-.5.8-1.9-1.5-2.2 2.4-2.4 2.2 1.5 1.9-.8zM12 8.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7z',
};

/**
 * Colours a user's own type can take, each with at least 3:1 contrast against white and distinct
 * from its neighbours in the list; named in the UI (ecosystem.colors.*).
 */
export const typePalette = {
  brown: '#8a4b08',
  orange: '#b35c00',
  red: '#a3262a',
  magenta: '#b0305f',
  purple: '#7d3c98',
  blue: '#0061a8',
  teal: '#006d77',
  green: '#00734f',
  olive: '#5c6600',
  grey: '#56616b',
} as const;
export type PaletteColor = keyof typeof typePalette;
