/** Control characters shown, not obeyed: shared with the editor's views (shared/escape-controls.ts). */
export { escapeControls } from '../../../shared/escape-controls';
