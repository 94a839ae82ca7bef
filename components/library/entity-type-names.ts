/**
 * The names of entity types in the library, in both UI languages: plural for the type filter
 * ("People"), singular for a mention's kind ("person"). One table, so a type added to the engine
 * is named in both languages in one place.
 */
import type { Labels } from './strings-util';

export const ENTITY_TYPE_NAMES: Record<'en' | 'ru', { plural: Labels; singular: Labels }> = {
  en: {
    plural: { all: 'All types', person: 'People', place: 'Places', organization: 'Organisations', date: 'Dates' },
    singular: { person: 'person', place: 'place', organization: 'organisation', date: 'date', number: 'number', other: 'other' },
  },
  ru: {
    plural: { all: 'Все типы', person: 'Люди', place: 'Места', organization: 'Организации', date: 'Даты' },
    singular: { person: 'человек', place: 'место', organization: 'организация', date: 'дата', number: 'число', other: 'другое' },
  },
};
