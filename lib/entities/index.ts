/** Entity engine: the public API (bundled into the background script; the page only gets offsets). */
export { findEntities, findEntitiesInBlocks } from './engine';
export { groupEntities } from './keys';
export type { EntitySpan, EntityType, EntityGroup, FindOptions } from './types';
