// Article page: when the address names an evidence span (#ev-BEGIN-END), outline the text it covers and
// the fact it supports, and bring it into view.
(function () {
  'use strict';
  function focus() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    document.querySelectorAll('.ev.focus').forEach(function (e) { e.classList.remove('focus'); });
    document.querySelectorAll('li.fact.active').forEach(function (e) { e.classList.remove('active'); });
    if (!/^ev-\d+-\d+$/.test(id)) { return; }
    var pieces = Array.prototype.filter.call(document.querySelectorAll('.ev[data-ev]'), function (e) {
      return e.getAttribute('data-ev').split(' ').indexOf(id) >= 0;
    });
    pieces.forEach(function (e) { e.classList.add('focus'); });
    document.querySelectorAll('li.fact[data-ev="' + id + '"]').forEach(function (e) { e.classList.add('active'); });
    if (pieces.length) { pieces[0].scrollIntoView({ block: 'center' }); }
  }
  window.addEventListener('hashchange', focus);
  document.addEventListener('DOMContentLoaded', focus);
})();
