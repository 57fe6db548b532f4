/** Light intensities, adjustable from the fine controls without re-rendering React. */
export const lightLevels = { key: 1.5, fill: 0.55, environment: 0.55, version: 0 };
