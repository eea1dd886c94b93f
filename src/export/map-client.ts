/**
 * The script of the HTML map, run in the browser over the inlined graphology and sigma.js 3 bundles
 * (globals `graphology` and `Sigma`) and the page's JSON payload (`MapData`). Plain ES2019 in a
 * string: it is not compiled with the project, it is copied into the page.
 *
 * Hover highlights a node and its neighbours; a click opens the side panel with the node's facts,
 * their evidence sentences and article links; the search box finds names without diacritics
 * (Enter focuses the first hit); the date range hides meetings outside it (and the people and
 * bodies left without a meeting). `window.meetingKgMap` exposes the graph, the renderer and
 * `firstFrameMs` (time from navigation start to the first rendered frame: the nodes) and `linksReadyMs`
 * (the links drawn too) to tests and benchmarks.
 */
export const MAP_CLIENT_SCRIPT = String.raw`
(function () {
  'use strict';
  var scriptStart = performance.now();
  var data = JSON.parse(document.getElementById('mkg-data').textContent);
  var RELATION = { CHAIRED: 'chaired', ATTENDED: 'attended', SPOKE_AT: 'spoke at', ORGANIZED_BY: 'held by', HOLDS: 'holds' };
  var INVERSE = { CHAIRED: 'chaired by', ATTENDED: 'attended by', SPOKE_AT: 'speaker', ORGANIZED_BY: 'held', HOLDS: 'post held by' };
  var fold = function (s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
  };
  // The graph keeps what sigma.js draws (position, size, colour, label) and what search and the
  // date range read (kind, date, folded name); a link's facts stay in the payload (edge attribute
  // i indexes data.edges), since sigma copies every attribute of every item at each refresh.
  var graph = new graphology.Graph({ type: 'undirected', multi: false });
  var nodes = data.nodes;
  var edges = data.edges;
  for (var ni = 0; ni < nodes.length; ni++) {
    var n = nodes[ni];
    graph.addNode(n[0], { kind: n[1], label: n[2], x: n[3], y: n[4], size: n[5], date: n[6], folded: n[7], color: data.colors[n[1]] || '#999' });
  }
  // Links are added right after the first frame (addLinks below): sigma.js indexes and uploads
  // every link before it can draw, which at 10,000+ nodes is more than half of the time to a
  // first picture; the nodes show first and the links join them a moment later.
  var EDGE_COLOR = '#d0d0d0';
  // The full graph is built apart (no renderer listening to each addition) and handed over at once.
  function addLinks() {
    var full = graph.copy();
    for (var ei = 0; ei < edges.length; ei++) {
      full.addEdgeWithKey('e' + ei, nodes[edges[ei][0]][0], nodes[edges[ei][1]][0], { i: ei, size: 0.6, color: EDGE_COLOR });
    }
    graph = full;
    api.graph = full;
    if (state.hovered || state.focused) setFocus(state.hovered || state.focused);
    renderer.setGraph(full);
  }

  // Reducers: nothing to do (and nothing allocated) while no node is hovered, focused or hidden.
  var state = { hovered: null, focused: null, neighbours: null, hidden: new Set() };
  var setFocus = function (node) {
    state.neighbours = node ? new Set(graph.neighbors(node).concat([node])) : null;
  };
  var container = document.getElementById('mkg-graph');
  var renderer = new Sigma(graph, container, {
    itemSizesReference: 'screen',
    hideEdgesOnMove: graph.size > 20000,
    hideLabelsOnMove: graph.order > 5000,
    labelRenderedSizeThreshold: 9,
    zIndex: true,
    // Links as 1-pixel lines (one program, two vertices each) instead of sigma's default
    // rectangles and arrows: the cheapest edges to compile and draw (software WebGL included).
    defaultEdgeType: 'line',
    edgeProgramClasses: { line: Sigma.rendering.EdgeLineProgram, arrow: Sigma.rendering.EdgeLineProgram },
    nodeReducer: function (node, d) {
      if (state.hidden.size && state.hidden.has(node)) { d.hidden = true; return d; }
      var active = state.hovered || state.focused;
      if (active && state.neighbours) {
        if (state.neighbours.has(node)) {
          d.zIndex = 1;
          d.forceLabel = true;
          if (node === active) d.highlighted = true;
        } else {
          d.color = '#e4e4e4';
          d.label = '';
          d.zIndex = 0;
        }
      }
      return d;
    },
    edgeReducer: function (edge, d) {
      var active = state.hovered || state.focused;
      if (!active && !state.hidden.size) return d;
      var ends = graph.extremities(edge);
      if (state.hidden.size && (state.hidden.has(ends[0]) || state.hidden.has(ends[1]))) { d.hidden = true; return d; }
      if (active) {
        if (ends[0] === active || ends[1] === active) { d.color = '#555'; d.zIndex = 1; }
        else d.hidden = true;
      }
      return d;
    },
  });
  var api = { graph: graph, renderer: renderer, firstFrameMs: null, linksReadyMs: null, focused: null, fold: fold, timings: { scriptStart: scriptStart, constructed: performance.now() } };
  window.meetingKgMap = api;
  // Sigma draws its first frame while it is constructed; the next animation frame is when the
  // browser shows it. firstFrameMs counts from navigation start (parsing the payload included).
  // linksReadyMs: when every link is in the graph too (hover, the side panel and the date range
  // read links; tests and benchmarks wait for it before interacting).
  requestAnimationFrame(function () {
    api.firstFrameMs = performance.now();
    document.body.setAttribute('data-first-frame-ms', String(Math.round(api.firstFrameMs)));
    setTimeout(function () {
      addLinks();
      requestAnimationFrame(function () {
        api.linksReadyMs = performance.now();
        document.body.setAttribute('data-links-ready-ms', String(Math.round(api.linksReadyMs)));
      });
    }, 0);
  });

  renderer.on('enterNode', function (e) { state.hovered = e.node; setFocus(e.node); renderer.refresh({ skipIndexation: true }); });
  renderer.on('leaveNode', function () { state.hovered = null; setFocus(state.focused); renderer.refresh({ skipIndexation: true }); });
  renderer.on('clickNode', function (e) { focus(e.node, false); showPanel(e.node); });
  renderer.on('clickStage', function () { focus(null, false); hidePanel(); });

  // Side panel: the node's facts with their evidence sentences and article links.
  var panel = document.getElementById('mkg-panel');
  function el(tag, cls, text) {
    var x = document.createElement(tag);
    if (cls) x.className = cls;
    if (text !== undefined && text !== null) x.textContent = text;
    return x;
  }
  function hidePanel() { panel.hidden = true; panel.removeAttribute('data-node'); }
  function showPanel(node) {
    var a = graph.getNodeAttributes(node);
    panel.innerHTML = '';
    panel.hidden = false;
    panel.setAttribute('data-node', node);
    var close = el('button', 'mkg-close', '×');
    close.setAttribute('aria-label', 'close');
    close.onclick = hidePanel;
    panel.appendChild(close);
    panel.appendChild(el('h2', 'mkg-name', a.label));
    panel.appendChild(el('div', 'mkg-kind', a.kind + (a.date ? ' · ' + a.date : '') + ' · ' + graph.degree(node) + ' links'));
    var facts = [];
    graph.forEachEdge(node, function (edge, ea, s, t) {
      var other = s === node ? t : s;
      edges[ea.i][2].forEach(function (f) { facts.push({ other: other, fact: f }); });
    });
    facts.sort(function (x, y) { return String(x.fact[1] || '').localeCompare(String(y.fact[1] || '')); });
    var list = el('ol', 'mkg-facts');
    facts.forEach(function (x) {
      var f = x.fact;
      var o = graph.getNodeAttributes(x.other);
      var mine = (a.kind === 'Person') || (a.kind === 'Meeting' && f[0] === 'ORGANIZED_BY');
      var verb = mine ? RELATION[f[0]] : INVERSE[f[0]];
      var li = el('li', 'mkg-fact');
      var head = el('div', 'mkg-fact-head');
      head.appendChild(el('span', 'mkg-verb', (verb || f[0]) + (f[4] ? ' ' + f[4] + ' —' : '')));
      head.appendChild(document.createTextNode(' '));
      var link = el('a', 'mkg-other', o.label);
      link.href = '#';
      link.onclick = function (ev) { ev.preventDefault(); focus(x.other, true); showPanel(x.other); };
      head.appendChild(link);
      if (f[1]) head.appendChild(el('span', 'mkg-date', ' ' + f[1]));
      li.appendChild(head);
      var sentence = data.sentences[f[2]];
      if (sentence) li.appendChild(el('blockquote', 'mkg-evidence', sentence));
      var art = data.articles[f[3]];
      if (art) {
        var src = el(art[0] ? 'a' : 'span', 'mkg-article', art[1] || art[0] || 'article');
        if (art[0]) { src.href = art[0]; src.target = '_blank'; src.rel = 'noopener noreferrer'; }
        li.appendChild(src);
      }
      list.appendChild(li);
    });
    panel.appendChild(list);
  }

  function focus(node, move) {
    state.focused = node;
    api.focused = node;
    setFocus(state.hovered || node);
    document.body.setAttribute('data-focused', node || '');
    renderer.refresh({ skipIndexation: true });
    if (node && move) {
      var d = renderer.getNodeDisplayData(node);
      if (d) renderer.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(renderer.getCamera().ratio, 0.35) }, { duration: 250 });
    }
  }
  api.focus = function (node) { focus(node, true); };
  api.showPanel = showPanel;

  // Search without diacritics: whole query contained in the folded name; exact names first.
  var input = document.getElementById('mkg-search');
  var results = document.getElementById('mkg-results');
  function search(q) {
    var f = fold(q);
    if (!f) return [];
    var hits = [];
    graph.forEachNode(function (n, a) {
      if (state.hidden.has(n)) return;
      var i = a.folded.indexOf(f);
      if (i < 0) return;
      hits.push({ node: n, rank: a.folded === f ? 0 : i === 0 ? 1 : 2, size: a.size, label: a.label });
    });
    hits.sort(function (x, y) { return x.rank - y.rank || y.size - x.size || x.label.localeCompare(y.label); });
    return hits.slice(0, 12);
  }
  api.search = search;
  function showResults() {
    results.innerHTML = '';
    search(input.value).forEach(function (h) {
      var li = el('li', 'mkg-result');
      var dot = el('span', 'mkg-dot');
      dot.style.background = data.colors[graph.getNodeAttribute(h.node, 'kind')];
      li.appendChild(dot);
      li.appendChild(document.createTextNode(h.label));
      li.setAttribute('data-node', h.node);
      li.onclick = function () { focus(h.node, true); results.innerHTML = ''; };
      results.appendChild(li);
    });
  }
  input.addEventListener('input', showResults);
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter') {
      var hits = search(input.value);
      if (hits.length) focus(hits[0].node, true);
      results.innerHTML = '';
    } else if (e.key === 'Escape') { input.value = ''; results.innerHTML = ''; focus(null, false); }
  });

  // Date range: meetings outside it are hidden, and the people and bodies left without a meeting.
  var from = document.getElementById('mkg-from');
  var to = document.getElementById('mkg-to');
  var dates = data.nodes.map(function (n) { return n[6]; }).filter(function (d) { return d && /^\d{4}/.test(d); }).sort();
  if (dates.length) {
    from.placeholder = dates[0].slice(0, 4);
    to.placeholder = dates[dates.length - 1].slice(0, 4);
  }
  var low = function (d) { return d.length === 4 ? d + '-01-01' : d.length === 7 ? d + '-01' : d; };
  var high = function (d) { return d.length === 4 ? d + '-12-31' : d.length === 7 ? d + '-31' : d; };
  function inRange(d, f, t) {
    if (!f && !t) return true;
    if (!d || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d)) return false;
    if (f && high(d) < low(f)) return false;
    if (t && low(d) > high(t)) return false;
    return true;
  }
  function applyRange() {
    var f = from.value.trim();
    var t = to.value.trim();
    var valid = /^(\d{4}(-\d{2}(-\d{2})?)?)?$/;
    if (!valid.test(f) || !valid.test(t)) { document.getElementById('mkg-range').classList.add('mkg-bad'); return; }
    document.getElementById('mkg-range').classList.remove('mkg-bad');
    var hidden = new Set();
    if (f || t) {
      graph.forEachNode(function (n, a) { if (a.kind === 'Meeting' && !inRange(a.date, f, t)) hidden.add(n); });
      graph.forEachNode(function (n, a) {
        if (a.kind === 'Meeting') return;
        var anyMeeting = false;
        var visibleMeeting = false;
        graph.forEachNeighbor(n, function (m, ma) {
          if (ma.kind !== 'Meeting') return;
          anyMeeting = true;
          if (!hidden.has(m)) visibleMeeting = true;
        });
        if (!anyMeeting || !visibleMeeting) hidden.add(n);
      });
    }
    state.hidden = hidden;
    document.getElementById('mkg-visible').textContent = String(graph.order - hidden.size);
    renderer.refresh({ skipIndexation: true });
  }
  from.addEventListener('change', applyRange);
  to.addEventListener('change', applyRange);
  api.setRange = function (f, t) { from.value = f || ''; to.value = t || ''; applyRange(); };
  api.visibleCount = function () { return graph.order - state.hidden.size; };

  // Legend.
  var legend = document.getElementById('mkg-legend');
  ['Person', 'Organization', 'Meeting'].forEach(function (k) {
    var li = el('li');
    var dot = el('span', 'mkg-dot');
    dot.style.background = data.colors[k];
    li.appendChild(dot);
    li.appendChild(document.createTextNode(({ Person: 'People', Organization: 'Bodies', Meeting: 'Meetings' })[k] + ' (' + (data.counts[k] || 0) + ')'));
    legend.appendChild(li);
  });
  document.getElementById('mkg-visible').textContent = String(graph.order);
})();
`;
