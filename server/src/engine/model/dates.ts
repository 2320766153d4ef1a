/** Calendar dates: the arithmetic lives in shared/ so the editor's views count days as the engine does. */
export * from '../../../../shared/calendar-dates';
