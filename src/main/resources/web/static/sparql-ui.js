// SPARQL page: loads an example into the editor, posts the query to the read-only endpoint and shows the
// results as a table. Every value is put in the page as text, never as markup.
(function () {
  'use strict';
  function cell(tag, text) {
    var c = document.createElement(tag);
    c.textContent = text;
    return c;
  }
  function show(json, out) {
    out.textContent = '';
    if (typeof json.boolean === 'boolean') { out.appendChild(cell('p', String(json.boolean))); return 0; }
    var vars = json.head.vars;
    var table = document.createElement('table');
    table.id = 'results-table';
    var head = document.createElement('tr');
    vars.forEach(function (v) { head.appendChild(cell('th', '?' + v)); });
    table.appendChild(head);
    json.results.bindings.forEach(function (b) {
      var tr = document.createElement('tr');
      vars.forEach(function (v) { tr.appendChild(cell('td', b[v] ? b[v].value : '')); });
      table.appendChild(tr);
    });
    out.appendChild(table);
    return json.results.bindings.length;
  }
  function init() {
    var form = document.getElementById('sparql-form');
    if (!form) { return; }
    var editor = document.getElementById('query');
    var status = document.getElementById('status');
    var out = document.getElementById('results');
    document.getElementById('example').addEventListener('change', function (e) {
      var pre = document.querySelector('pre.example-text[data-name="' + CSS.escape(e.target.value) + '"]');
      if (pre) { editor.value = pre.textContent; }
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      status.textContent = 'running…';
      var started = performance.now();
      fetch(form.getAttribute('data-endpoint'), {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'Accept': 'application/sparql-results+json, text/turtle;q=0.9, text/plain;q=0.5'
        },
        body: 'query=' + encodeURIComponent(editor.value)
      }).then(function (r) {
        var type = r.headers.get('Content-Type') || '';
        return r.text().then(function (body) { return { ok: r.ok, type: type, body: body }; });
      }).then(function (r) {
        var ms = Math.round(performance.now() - started);
        if (!r.ok) {
          out.textContent = '';
          out.appendChild(cell('pre', r.body)).className = 'error';
          status.textContent = 'error (' + ms + ' ms)';
        } else if (r.type.indexOf('json') >= 0) {
          var n = show(JSON.parse(r.body), out);
          status.textContent = n + ' rows (' + ms + ' ms)';
        } else {
          out.textContent = '';
          out.appendChild(cell('pre', r.body));
          status.textContent = 'done (' + ms + ' ms)';
        }
      }).catch(function (err) {
        status.textContent = 'failed: ' + err;
      });
    });
  }
  document.addEventListener('DOMContentLoaded', init);
})();
