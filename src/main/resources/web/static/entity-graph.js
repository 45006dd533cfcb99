// Entity page: draws the entity's neighbourhood (people, organizations, places, meetings) with ECharts,
// from the JSON the server put in #graph-data. Drag nodes, zoom with the wheel, click to open a node's page.
(function () {
  'use strict';
  var colours = { person: '#1f6feb', organization: '#b35900', place: '#1a7f37', meeting: '#cf222e', thing: '#6e7781' };
  var kinds = ['person', 'organization', 'place', 'meeting', 'thing'];
  function draw() {
    var box = document.getElementById('graph');
    var source = document.getElementById('graph-data');
    if (!box || !source || typeof echarts === 'undefined') { return; }
    var data = JSON.parse(source.textContent);
    var nodes = data.nodes.map(function (n) {
      return {
        id: n.id, name: n.label, value: n.href, category: Math.max(0, kinds.indexOf(n.kind)),
        symbolSize: n.center ? 34 : (n.kind === 'meeting' ? 14 : 20),
        symbol: n.kind === 'meeting' ? 'diamond' : 'circle',
        label: { show: true, position: 'right', color: '#1f2328', fontWeight: n.center ? 'bold' : 'normal' }
      };
    });
    var links = data.edges.map(function (e) {
      return { source: e.source, target: e.target, value: e.label };
    });
    var chart = echarts.init(box, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: {
        formatter: function (p) {
          var text = p.dataType === 'edge' ? p.data.value : p.data.name;
          var div = document.createElement('div');
          div.textContent = text;
          return div.innerHTML;
        }
      },
      legend: [{ data: kinds.slice(0, 4), bottom: 0 }],
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        force: { repulsion: 220, edgeLength: [60, 140], gravity: 0.08 },
        categories: kinds.map(function (k) { return { name: k, itemStyle: { color: colours[k] } }; }),
        data: nodes, links: links,
        edgeLabel: { show: links.length <= 40, formatter: function (p) { return p.data.value; }, fontSize: 10 },
        lineStyle: { color: '#8c959f', width: 1.4, curveness: 0.1 },
        emphasis: { focus: 'adjacency' },
        labelLayout: { hideOverlap: true }
      }]
    });
    chart.on('click', function (p) {
      if (p.dataType === 'node' && p.data.value && p.data.value.charAt(0) === '/') {
        window.location.href = p.data.value;
      }
    });
    window.addEventListener('resize', function () { chart.resize(); });
    window.newsgraphGraph = chart;
  }
  document.addEventListener('DOMContentLoaded', draw);
})();
