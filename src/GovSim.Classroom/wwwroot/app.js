// GovSim classroom view: renders the `state` frames of /events; the teacher (?token=...) gets the controls.
// Plain ES2020, no build step. Uses the vendored uPlot (window.uPlot) for the charts.
'use strict';

(() => {
  const MODES = {
    administrative: { colour: '#0072B2', zh: '行政式' },
    market: { colour: '#E69F00', zh: '市场式' },
    network: { colour: '#009E73', zh: '网络式' },
    cyborg: { colour: '#D55E00', zh: '赛博格' },
    mosaic: { colour: '#CC79A7', zh: '拼盘' },
  };
  const PLATFORM_MODES = new Set(['cyborg', 'mosaic']);
  const MAX_POINTS = 2000;
  const MAX_SQUARES = 8; // more clerks than this: shown as "busy/staff" with a bar
  const SHORT_NAMES = {
    market_regulation: 'Market', public_security: 'Police', civil_affairs: 'Civil',
    human_resources_social_security: 'HR/SS', health: 'Health', housing: 'House', taxation: 'Tax',
    medical_insurance: 'MedIns', finance: 'Fin.', emergency_management: 'Emerg.',
  };

  const token = new URLSearchParams(location.search).get('token') || '';
  const isTeacher = token.length > 0;
  const $ = (id) => document.getElementById(id);

  // ---------- small DOM helpers (write only when something changed) ----------
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  };
  const setText = (e, t) => { if (e.__t !== t) { e.textContent = t; e.__t = t; } };
  const setAttr = (e, n, v) => { if (e.getAttribute(n) !== v) e.setAttribute(n, v); };
  const setStyle = (e, p, v) => { const k = '__s_' + p; if (e[k] !== v) { e.style.setProperty(p, v); e[k] = v; } };
  const setClass = (e, c, on) => { if (e.classList.contains(c) !== on) e.classList.toggle(c, on); };

  const pad2 = (n) => String(n).padStart(2, '0');
  function formatClock(hours) {
    const totalMin = Math.floor((hours || 0) * 60 + 1e-6);
    const day = Math.floor(totalMin / 1440) + 1;
    const m = totalMin % 1440;
    return `Day ${day}, ${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`;
  }
  const isNum = (v) => typeof v === 'number' && Number.isFinite(v);
  const fmt = {
    int: (v) => (isNum(v) ? Math.round(v).toLocaleString('en-US') : '—'),
    hours: (v) => (isNum(v) ? `${v.toFixed(1)} h` : '—'),
    share: (v) => (isNum(v) ? `${(v * 100).toFixed(1)} %` : '—'),
    trips: (v) => (isNum(v) ? v.toFixed(2) : '—'),
    money: (v) => (isNum(v) ? Math.round(v).toLocaleString('en-US') : '—'),
  };
  const COUNTERS = [
    ['completed', 'Completed', fmt.int, 'Cases completed so far'],
    ['abandoned', 'Abandoned', fmt.int, 'Cases the citizen gave up on'],
    ['inGovernment', 'In government', fmt.int, 'Cases in government now'],
    ['completionRate', 'Completion share', fmt.share, 'Share of cases completed'],
    ['meanLatencyH', 'Mean latency', fmt.hours, 'Mean latency so far, in hours from application to completion'],
    ['recentLatencyH', 'Recent latency', fmt.hours, 'Mean latency of recently completed cases, in hours'],
    ['tripsMean', 'Trips per case', fmt.trips, 'Trips a citizen makes to an office per case'],
    ['costPerCase', 'Cost per case', fmt.money, 'Cost of government work per completed case'],
  ];
  const modeInfo = (p) => {
    const m = MODES[p.mode] || { colour: '#666666', zh: '' };
    return { colour: m.colour, label: p.label || p.mode, zh: p.zh || m.zh };
  };
  const shortName = (d) => {
    const f = d.function || d.name.split('/').pop();
    if (SHORT_NAMES[f]) return SHORT_NAMES[f];
    const words = f.split(/[_\s-]+/).filter(Boolean);
    return words.length > 1 ? words.map((w) => w[0].toUpperCase()).join('') : f.slice(0, 7);
  };

  // ---------- header ----------
  const header = {
    clock: $('clock'), simHours: $('sim-hours'), status: $('status'),
    speed: $('speed-info'), seed: $('seed-info'), scenario: $('scenario-info'), connection: $('connection'),
  };
  function renderHeader(f) {
    setText(header.clock, formatClock(f.simHours));
    setAttr(header.simHours, 'data-value', String(f.simHours));
    setText(header.simHours, String(f.simHours));
    const status = f.running ? 'running' : 'paused';
    setText(header.status, status);
    setAttr(header.status, 'data-status', status);
    setClass(header.status, 'badge-running', f.running);
    setClass(header.status, 'badge-paused', !f.running);
    setText(header.speed, isNum(f.speed) ? String(f.speed) : '–');
    setText(header.seed, f.seed != null ? String(f.seed) : '–');
    setText(header.scenario, f.scenario || '–');
  }
  function setConnection(state, text) {
    setAttr(header.connection, 'data-state', state);
    setText(header.connection, text);
  }

  // ---------- panels ----------
  const panelsRoot = $('panels');
  let panelSig = '';
  let panels = new Map(); // mode -> view

  function buildPanel(p) {
    const info = modeInfo(p);
    const root = el('article', 'panel');
    root.dataset.mode = p.mode;
    root.style.setProperty('--mode', info.colour);
    const h = el('h2', 'panel-title');
    h.append(el('span', 'mode-en', info.label), ' ', el('span', 'mode-zh', info.zh));
    h.lastChild.lang = 'zh-CN';
    root.append(h);

    const counters = el('dl', 'counters');
    const fields = {};
    for (const [key, label, format, tip] of COUNTERS) {
      const box = el('div', 'counter');
      box.title = tip;
      const dd = el('dd', 'value', '—');
      dd.dataset.field = key;
      dd.dataset.value = '';
      box.append(el('dt', null, label), dd);
      counters.append(box);
      fields[key] = { dd, format };
    }
    root.append(counters);

    const gov = el('div', 'gov');
    let platform = null;
    if (PLATFORM_MODES.has(p.mode)) {
      const box = el('div', 'platform platform-up');
      box.dataset.platform = 'up';
      const label = el('span', 'platform-label', 'platform up');
      const held = el('span', 'platform-held', '');
      box.append(label, held);
      platform = { box, label, held };
      gov.append(box);
    } else {
      gov.append(el('div', 'platform platform-none', 'no platform'));
    }
    const regionsBox = el('div', 'regions');
    gov.append(regionsBox);
    root.append(gov);
    return { root, fields, platform, regionsBox, structSig: '', regions: [] };
  }

  function buildRegions(view, p) {
    view.regionsBox.textContent = '';
    view.regions = (p.regions || []).map((r) => {
      const box = el('div', 'region');
      box.dataset.region = r.name;
      const head = el('div', 'region-head');
      const leader = el('div', 'leader idle');
      const leaderNum = el('span', 'leader-num', '0');
      leader.append(leaderNum);
      leader.dataset.field = 'leaderBacklog';
      head.append(el('span', 'region-name', r.name), el('span', 'leader-caption', 'leader'), leader);
      box.append(head);
      const depts = el('div', 'depts');
      const n = (r.departments || []).length;
      depts.style.setProperty('--cols', String(Math.max(1, Math.ceil(n / Math.max(1, Math.ceil(n / 5))))));
      const cells = (r.departments || []).map((d) => {
        const cell = el('div', 'dept');
        cell.dataset.dept = d.name;
        cell.append(el('div', 'dept-name', shortName(d)));
        const clerks = el('div', 'clerks');
        const squares = [];
        let busyText = null;
        let busyFill = null;
        if (d.staff <= MAX_SQUARES) {
          for (let i = 0; i < d.staff; i++) { const s = el('i', 'sq'); squares.push(s); clerks.append(s); }
        } else {
          clerks.classList.add('many');
          const bar = el('span', 'busy-bar');
          busyFill = el('span', 'busy-fill');
          bar.append(busyFill);
          busyText = el('span', 'busy-text', '');
          clerks.append(bar, busyText);
        }
        const wait = el('div', 'wait');
        const waitFill = el('span', 'wait-fill');
        const waitNum = el('span', 'wait-num', '0');
        wait.append(waitFill, waitNum);
        cell.append(clerks, wait);
        depts.append(cell);
        return { cell, squares, busyText, busyFill, waitFill, waitNum, busyShown: -1 };
      });
      box.append(depts);
      view.regionsBox.append(box);
      return { leader, leaderNum, cells };
    });
  }

  const structureOf = (p) => (p.regions || [])
    .map((r) => r.name + ':' + (r.departments || []).map((d) => `${d.name}/${d.staff}`).join(','))
    .join('|');

  function niceScale(max) {
    const m = Math.max(10, max);
    const pow = Math.pow(10, Math.floor(Math.log10(m)));
    for (const k of [1, 2, 5, 10]) if (k * pow >= m) return k * pow;
    return 10 * pow;
  }

  function renderPanels(f) {
    const list = f.panels || [];
    const sig = list.map((p) => p.mode).join(',');
    if (sig !== panelSig) {
      panelSig = sig;
      panels = new Map();
      panelsRoot.textContent = '';
      for (const p of list) { const v = buildPanel(p); panels.set(p.mode, v); panelsRoot.append(v.root); }
    }
    // one scale for the waiting bars of all panels, so they can be compared
    let maxWaiting = 0;
    for (const p of list) for (const r of p.regions || []) for (const d of r.departments || []) maxWaiting = Math.max(maxWaiting, d.waiting || 0);
    const scale = niceScale(maxWaiting);

    for (const p of list) {
      const v = panels.get(p.mode);
      for (const key in v.fields) {
        const { dd, format } = v.fields[key];
        const raw = p[key];
        setText(dd, format(raw));
        setAttr(dd, 'data-value', isNum(raw) ? String(raw) : '');
      }
      if (v.platform) {
        const up = p.platformUp !== false;
        const held = p.platformHeld || 0;
        setAttr(v.platform.box, 'data-platform', up ? 'up' : 'down');
        setClass(v.platform.box, 'platform-up', up);
        setClass(v.platform.box, 'platform-down', !up);
        setText(v.platform.label, up ? 'platform up' : 'platform DOWN');
        setText(v.platform.held, !up || held > 0 ? `${held.toLocaleString('en-US')} held` : '');
      }
      const sSig = structureOf(p);
      if (sSig !== v.structSig) { v.structSig = sSig; buildRegions(v, p); }
      (p.regions || []).forEach((r, ri) => {
        const rv = v.regions[ri];
        const backlog = r.leaderBacklog || 0;
        setText(rv.leaderNum, String(backlog));
        setClass(rv.leader, 'idle', backlog === 0);
        const size = Math.round(20 + Math.min(16, 3.2 * Math.sqrt(backlog)));
        setStyle(rv.leader, '--size', `${size}px`);
        setAttr(rv.leader, 'title', `Regional leader: ${backlog} item(s) waiting for attention`);
        (r.departments || []).forEach((d, di) => {
          const c = rv.cells[di];
          const busy = Math.max(0, Math.min(d.busy || 0, d.staff || 0));
          if (c.busyShown !== busy) {
            c.busyShown = busy;
            c.squares.forEach((s, i) => setClass(s, 'busy', i < busy));
            if (c.busyText) {
              setText(c.busyText, `${busy}/${d.staff}`);
              setStyle(c.busyFill, 'width', `${d.staff ? (100 * busy) / d.staff : 0}%`);
            }
          }
          const waiting = d.waiting || 0;
          setText(c.waitNum, String(waiting));
          setStyle(c.waitFill, 'width', `${Math.min(100, (100 * waiting) / scale)}%`);
          setClass(c.cell, 'has-queue', waiting > 0);
          setAttr(c.cell, 'title', `${d.name}: ${waiting} job(s) waiting, ${busy} of ${d.staff} clerks busy`);
        });
      });
    }
  }

  // ---------- charts ----------
  const HOUR_INCRS = [0.25, 0.5, 1, 2, 3, 6, 12, 24, 48, 72, 168, 336, 672, 1344, 2688, 5376];
  const METRICS = [
    { key: 'recentLatencyH', box: 'chart-latency', y: (v) => `${+v.toFixed(1)} h`, range: 'zero' },
    { key: 'completionRate', box: 'chart-completion', y: (v) => `${Math.round(v * 100)}%`, range: 'share' },
    { key: 'inGovernment', box: 'chart-backlog', y: (v) => String(Math.round(v)), range: 'zero' },
  ];
  const chart = { sig: '', modes: [], xs: [], data: {}, plots: [], dirty: false, lastSeed: null, lastScenario: null };

  const xLabel = (h) => {
    const day = Math.floor(h / 24) + 1;
    const mins = Math.round((h - Math.floor(h / 24) * 24) * 60);
    return mins === 0 ? `Day ${day}` : `${pad2(Math.floor(mins / 60))}:${pad2(mins % 60)}`;
  };
  const yRange = (kind) => (u, min, max) => {
    if (kind === 'share') {
      const lo = min == null ? 0 : Math.max(0, Math.floor((min - 0.02) * 20) / 20);
      return [Math.min(lo, 0.9), 1];
    }
    const hi = max == null || max <= 0 ? 1 : max * 1.1;
    return [0, hi];
  };

  function buildCharts(list) {
    for (const p of chart.plots) p.plot.destroy();
    chart.plots = [];
    chart.modes = list.map((p) => p.mode);
    chart.xs = [];
    chart.data = {};
    for (const m of METRICS) chart.data[m.key] = chart.modes.map(() => []);

    const legend = $('chart-legend');
    legend.textContent = '';
    for (const p of list) {
      const info = modeInfo(p);
      const item = el('span', 'legend-item');
      item.dataset.mode = p.mode;
      const sw = el('i', 'legend-swatch');
      sw.style.background = info.colour;
      const zh = el('span', 'mode-zh', info.zh);
      zh.lang = 'zh-CN';
      item.append(sw, `${info.label} `, zh);
      legend.append(item);
    }
    if (!window.uPlot) return;
    const axisFont = '13px system-ui, sans-serif';
    for (const m of METRICS) {
      const box = $(m.box);
      box.textContent = '';
      const opts = {
        width: Math.max(200, box.clientWidth),
        height: 210,
        legend: { show: false },
        cursor: { sync: { key: 'govsim' }, drag: { x: false, y: false }, points: { size: 6 } },
        scales: { x: { time: false }, y: { range: yRange(m.range) } },
        axes: [
          { font: axisFont, stroke: '#333', incrs: HOUR_INCRS, space: 70, values: (u, splits) => splits.map(xLabel), grid: { stroke: '#e6e6e6' } },
          { font: axisFont, stroke: '#333', size: 52, values: (u, splits) => splits.map(m.y), grid: { stroke: '#e6e6e6' } },
        ],
        series: [{}].concat(list.map((p) => {
          const info = modeInfo(p);
          return { label: `${info.label} ${info.zh}`, stroke: info.colour, width: 2.5, spanGaps: true, points: { show: false } };
        })),
      };
      const plot = new window.uPlot(opts, [chart.xs, ...chart.data[m.key]], box);
      chart.plots.push({ plot, metric: m, box });
    }
  }

  function clearSeries() {
    chart.xs.length = 0;
    for (const k in chart.data) for (const arr of chart.data[k]) arr.length = 0;
  }

  function addPoint(f) {
    const list = f.panels || [];
    const sig = list.map((p) => p.mode).join(',');
    if (sig !== chart.sig) { chart.sig = sig; buildCharts(list); }
    const t = f.simHours;
    if (!isNum(t)) return;
    const xs = chart.xs;
    const n = xs.length;
    const restarted = (n > 0 && t < xs[n - 1] - 1e-9)
      || (chart.lastSeed !== null && f.seed !== chart.lastSeed)
      || (chart.lastScenario !== null && f.scenario !== chart.lastScenario);
    chart.lastSeed = f.seed;
    chart.lastScenario = f.scenario;
    if (restarted) clearSeries();
    const same = xs.length > 0 && Math.abs(t - xs[xs.length - 1]) < 1e-9; // paused: overwrite, don't pile up
    if (!same) xs.push(t);
    const i = xs.length - 1;
    const byMode = new Map(list.map((p) => [p.mode, p]));
    for (const m of METRICS) {
      chart.data[m.key].forEach((arr, mi) => {
        const p = byMode.get(chart.modes[mi]);
        const v = p ? p[m.key] : null;
        arr[i] = isNum(v) ? v : null;
      });
    }
    const extra = xs.length - MAX_POINTS;
    if (extra > 0) {
      xs.splice(0, extra);
      for (const k in chart.data) for (const arr of chart.data[k]) arr.splice(0, extra);
    }
    chart.dirty = true;
  }

  function renderCharts() {
    if (!chart.dirty) return;
    chart.dirty = false;
    for (const { plot, metric } of chart.plots) plot.setData([chart.xs, ...chart.data[metric.key]]);
  }

  if (window.ResizeObserver) {
    const ro = new ResizeObserver(() => {
      for (const { plot, box } of chart.plots) {
        const w = Math.max(200, box.clientWidth);
        if (plot.width !== w) plot.setSize({ width: w, height: 210 });
      }
    });
    for (const m of METRICS) ro.observe($(m.box));
  }

  // ---------- change log ----------
  const logEl = $('log');
  let logKey = null;
  function renderLog(log) {
    const entries = Array.isArray(log) ? log : [];
    const first = entries[0];
    const last = entries[entries.length - 1];
    const key = entries.length + '|' + (first ? `${first.simHours}|${first.text}` : '') + '|' + (last ? `${last.simHours}|${last.text}` : '');
    if (key === logKey) return;
    logKey = key;
    logEl.textContent = '';
    if (entries.length === 0) { logEl.append(el('li', 'log-empty', 'Nothing changed yet.')); return; }
    for (let i = entries.length - 1; i >= 0; i--) { // newest first
      const e = entries[i];
      const li = el('li');
      li.append(el('span', 'log-time', formatClock(e.simHours)), ` — ${e.text}`);
      logEl.append(li);
    }
  }

  // ---------- controls (teacher only) ----------
  const sliders = {
    speed: { input: $('speed'), out: $('speed-value'), show: (v) => String(+v) },
    demand: { input: $('demand'), out: $('demand-value'), show: (v) => String(+v) },
    push: { input: $('push'), out: $('push-value'), show: (v) => (+v).toFixed(2) },
    maturity: { input: $('maturity'), out: $('maturity-value'), show: (v) => (+v).toFixed(2) },
    skills: { input: $('skills'), out: $('skills-value'), show: (v) => `${Math.round(+v * 100)} %` },
  };
  const holdUntil = new Map(); // control element -> time before which frames don't overwrite it
  const held = (e) => (holdUntil.get(e) || 0) > performance.now();
  const hold = (e, ms) => holdUntil.set(e, ms === Infinity ? Infinity : performance.now() + ms);
  const message = $('control-message');

  function showMessage(text) {
    message.hidden = !text;
    setText(message, text || '');
  }

  async function control(action, value) {
    const body = value === undefined ? { action } : { action, value };
    try {
      const res = await fetch('/api/control', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Teacher-Token': token },
        body: JSON.stringify(body),
      });
      if (res.ok) { showMessage(''); return true; }
      if (res.status === 403) { showMessage('The server did not accept the teacher token — open the teacher link again.'); return false; }
      let text = `The server answered ${res.status}.`;
      try { const j = await res.json(); if (j && j.error) text = j.error; } catch { /* not JSON */ }
      showMessage(text);
    } catch {
      showMessage('Could not reach the server.');
    }
    return false;
  }

  function renderControls(f) {
    const values = { speed: f.speed, demand: f.settings?.demand, push: f.settings?.push, maturity: f.settings?.maturity, skills: f.settings?.unskilledShare };
    for (const name in sliders) {
      const s = sliders[name];
      const v = values[name];
      if (!isNum(v) || held(s.input)) continue;
      if (+s.input.value !== v) s.input.value = String(v);
      setText(s.out, s.show(s.input.value));
    }
    const sel = $('scenario');
    if (f.scenario && !held(sel) && document.activeElement !== sel) {
      if (![...sel.options].some((o) => o.value === f.scenario)) sel.append(new Option(f.scenario, f.scenario));
      if (sel.value !== f.scenario) sel.value = f.scenario;
    }
  }

  async function loadScenarios() {
    const sel = $('scenario');
    try {
      const res = await fetch('/api/scenarios');
      if (!res.ok) return;
      const names = await res.json();
      const current = sel.value;
      sel.textContent = '';
      for (const n of names) sel.append(new Option(n, n));
      if (current && names.includes(current)) sel.value = current;
      else if (current) { sel.append(new Option(current, current)); sel.value = current; }
    } catch { /* the frames still fill in the current scenario */ }
  }

  function setUpControls() {
    $('play').addEventListener('click', () => control('play'));
    $('pause').addEventListener('click', () => control('pause'));
    $('step').addEventListener('click', () => control('step'));
    $('reset-same').addEventListener('click', () => control('reset', 'same'));
    $('reset-new').addEventListener('click', () => control('reset', 'new'));
    for (const name in sliders) {
      const s = sliders[name];
      s.input.addEventListener('pointerdown', () => hold(s.input, Infinity));
      s.input.addEventListener('input', () => { hold(s.input, 3000); setText(s.out, s.show(s.input.value)); });
      s.input.addEventListener('change', () => { hold(s.input, 1500); control(name, Number(s.input.value)); });
      const release = () => { if (holdUntil.get(s.input) === Infinity) hold(s.input, 1500); };
      s.input.addEventListener('pointerup', release);
      s.input.addEventListener('pointercancel', release);
    }
    $('outage').addEventListener('click', () => {
      const h = Number($('outage-hours').value);
      if (!Number.isFinite(h) || h < 1 || h > 72) { showMessage('The outage must last between 1 and 72 hours.'); return; }
      control('outage', h);
    });
    const sel = $('scenario');
    sel.addEventListener('change', () => { hold(sel, 2000); control('scenario', sel.value); });
    loadScenarios();
  }

  // ---------- frames ----------
  let latest = null;
  let scheduled = false;
  let gotFrame = false;

  function render() {
    scheduled = false;
    const f = latest;
    if (!f) return;
    renderHeader(f);
    renderPanels(f);
    renderLog(f.log);
    if (isTeacher) renderControls(f);
    renderCharts();
  }

  function onState(ev) {
    let f;
    try { f = JSON.parse(ev.data); } catch { return; }
    if (!gotFrame) { gotFrame = true; setConnection('live', 'live'); }
    latest = f;
    addPoint(f);
    if (!scheduled) { scheduled = true; requestAnimationFrame(render); }
  }

  function connect() {
    const es = new EventSource('/events');
    es.addEventListener('state', onState);
    es.addEventListener('open', () => setConnection('live', 'live'));
    es.addEventListener('error', () => {
      if (es.readyState === EventSource.CLOSED) setConnection('lost', 'disconnected — reload the page');
      else setConnection('lost', 'reconnecting…');
    });
  }

  // ---------- start ----------
  $('view-only').hidden = isTeacher;
  $('controls').hidden = !isTeacher;
  document.body.classList.toggle('teacher', isTeacher);
  if (isTeacher) setUpControls();
  renderLog([]);
  connect();
})();
