export { segment } from './segment';
