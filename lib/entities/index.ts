/** Entity engine: the public API bundled into the content script. */
export { findEntities, findEntitiesInBlocks } from './engine';
export { groupEntities } from './keys';
export type { EntitySpan, EntityType, EntityGroup, FindOptions } from './types';
