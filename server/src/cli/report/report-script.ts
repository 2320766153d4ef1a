/**
 * The report's only script (the page works without it): severity filters on
 * the findings, and `n` / `p` to move to the next or previous finding.
 */
export const REPORT_SCRIPT = `
(function () {
  'use strict';
  document.querySelectorAll('.filters button[data-severity]').forEach(function (button) {
    button.addEventListener('click', function () {
      var on = button.getAttribute('aria-pressed') !== 'true';
      button.setAttribute('aria-pressed', on ? 'true' : 'false');
      var scope = button.closest('section.scope');
      if (!scope) return;
      scope.querySelectorAll('section.severity[data-severity="' + button.getAttribute('data-severity') + '"]').forEach(function (s) {
        s.classList.toggle('hidden', !on);
      });
    });
  });
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'n' && event.key !== 'p') return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    var target = event.target;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA')) return;
    var all = Array.prototype.filter.call(document.querySelectorAll('li.finding'), function (li) { return li.offsetParent !== null; });
    if (!all.length) return;
    var at = all.indexOf(document.activeElement);
    var next = event.key === 'n' ? (at + 1) % all.length : (at <= 0 ? all.length - 1 : at - 1);
    all[next].focus();
    all[next].scrollIntoView({ block: 'center' });
  });
})();
`;
