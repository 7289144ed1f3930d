// The review page: a paginated file list built from the index, and one document at a
// time rendered from its JSON island.  State lives in the URL hash
// (#rule=nav&q=word&page=2&file=17), so a view can be linked and reloaded.
(function () {
  "use strict";
  var index = JSON.parse(document.getElementById("index").textContent);
  var rules = index.rules, reasons = index.reasons, pageSize = index.pageSize;
  var files = index.files.map(function (f, i) {
    return { i: i, name: f[0], kept: f[1], removed: f[2], words: f[3], wremoved: f[4], byRule: f[5], group: f[6] };
  });
  var groups = {};
  files.forEach(function (f) { if (f.group >= 0) (groups[f.group] = groups[f.group] || []).push(f.i); });
  var state = { rule: "", q: "", page: 0, file: null, only: false };
  var order = [];
  var $ = function (id) { return document.getElementById(id); };
  var parsed = new Map();

  function doc(i) {
    var d = parsed.get(i);
    if (!d) { d = JSON.parse($("d" + i).textContent); parsed.set(i, d); if (parsed.size > 200) parsed.delete(parsed.keys().next().value); }
    return d;
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function ruleCount(f, rule) {
    var r = rules.indexOf(rule);
    return f.byRule[r] || [0, 0];
  }

  function matches(f, q) {
    if (f.name.toLowerCase().indexOf(q) >= 0) return true;
    return $("d" + f.i).textContent.toLowerCase().indexOf(q) >= 0;
  }

  function computeOrder() {
    var q = state.q.trim().toLowerCase();
    var list = files.filter(function (f) {
      if (state.rule && ruleCount(f, state.rule)[0] === 0) return false;
      return !q || matches(f, q);
    });
    var key = function (f) { return state.rule ? ruleCount(f, state.rule)[1] : f.wremoved; };
    var lines = function (f) { return state.rule ? ruleCount(f, state.rule)[0] : f.removed; };
    list.sort(function (a, b) {
      return key(b) - key(a) || lines(b) - lines(a) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    });
    order = list.map(function (f) { return f.i; });
  }

  function readHash() {
    var p = new URLSearchParams(location.hash.slice(1));
    state.rule = p.get("rule") || "";
    if (rules.indexOf(state.rule) < 0) state.rule = "";
    state.q = p.get("q") || "";
    state.page = Math.max(0, (parseInt(p.get("page") || "1", 10) || 1) - 1);
    var f = p.get("file");
    state.file = f === null || isNaN(parseInt(f, 10)) || !files[parseInt(f, 10)] ? null : parseInt(f, 10);
  }

  var writing = false;
  function writeHash() {
    var p = new URLSearchParams();
    if (state.rule) p.set("rule", state.rule);
    if (state.q) p.set("q", state.q);
    if (state.page) p.set("page", String(state.page + 1));
    if (state.file !== null) p.set("file", String(state.file));
    var hash = "#" + p.toString();
    if (location.hash === hash) return;
    try { history.replaceState(null, "", hash); } catch (e) { writing = true; location.hash = hash; }
  }

  function renderList() {
    var pages = Math.max(1, Math.ceil(order.length / pageSize));
    if (state.page >= pages) state.page = pages - 1;
    var body = $("files").tBodies[0];
    body.textContent = "";
    order.slice(state.page * pageSize, (state.page + 1) * pageSize).forEach(function (i) {
      var f = files[i];
      var tr = el("tr");
      tr.dataset.file = String(i);
      tr.dataset.rules = Object.keys(f.byRule).map(function (r) { return rules[r]; }).join(" ");
      if (i === state.file) tr.className = "current";
      tr.appendChild(el("td", "name", f.name));
      var c = state.rule ? ruleCount(f, state.rule) : [f.removed, f.wremoved];
      tr.appendChild(el("td", "num", c[1] + " w · " + c[0] + " l"));
      tr.appendChild(el("td", "num", f.words ? Math.round(100 * f.wremoved / f.words) + "%" : "–"));
      var tags = el("td");
      Object.keys(f.byRule).forEach(function (r) { tags.appendChild(el("span", "tag", rules[r])); });
      if (f.group >= 0) tags.appendChild(el("span", "tag dup", "≈" + groups[f.group].length));
      tr.appendChild(tags);
      tr.addEventListener("click", function () { show(i); });
      body.appendChild(tr);
    });
    $("page-info").textContent = "page " + (state.page + 1) + " of " + pages;
    $("prev-page").disabled = state.page === 0;
    $("next-page").disabled = state.page >= pages - 1;
    $("count").textContent = order.length + " of " + files.length + " files";
  }

  // A removed row is labelled with rule and reason; consecutive removed rows with the
  // same rule and reason share one label, on the last of them, which counts them.
  function lineRow(row, run) {
    var div = el("div", "ln");
    div.appendChild(el("span", "no", String(row[0])));
    if (row.length < 3) { div.appendChild(el("span", "text", row[1])); return div; }
    var rule = rules[row[2]];
    div.className += " rm r-" + rule + (state.rule ? (state.rule === rule ? " hit" : " other") : "");
    div.dataset.rule = rule;
    var cell = el("span");
    cell.appendChild(el("del", "", row[1]));
    if (run > 0) {
      var why = el("span", "why");
      why.appendChild(el("b", "", rule));
      why.appendChild(document.createTextNode(reasons[row[3]] + (run > 1 ? " (" + run + " lines)" : "")));
      cell.appendChild(why);
    }
    div.appendChild(cell);
    return div;
  }

  function sameLabel(a, b) {
    return a && b && a.length > 2 && b.length > 2 && a[2] === b[2] && a[3] === b[3];
  }

  function renderDoc() {
    var body = $("doc-body"), info = $("doc-info");
    body.textContent = ""; info.textContent = "";
    if (state.file === null) { $("doc-name").textContent = "select a file"; return; }
    var f = files[state.file], rows = doc(state.file);
    $("doc-name").textContent = f.name;
    info.appendChild(document.createTextNode(f.removed + " of " + (f.kept + f.removed) + " lines and " +
      f.wremoved + " of " + f.words + " words removed. "));
    if (f.group >= 0) {
      info.appendChild(document.createTextNode("Near-duplicates: "));
      groups[f.group].filter(function (j) { return j !== f.i; }).slice(0, 20).forEach(function (j) {
        var a = el("a", "", files[j].name);
        a.href = "#file=" + j;
        a.addEventListener("click", function (e) { e.preventDefault(); show(j); });
        info.appendChild(a);
        info.appendChild(document.createTextNode(" "));
      });
    }
    var keep = null;
    if (state.only) {
      keep = new Set();
      rows.forEach(function (r, k) { if (r.length > 2) { keep.add(k - 1); keep.add(k); keep.add(k + 1); } });
    }
    var frag = document.createDocumentFragment(), last = -1, run = 0;
    rows.forEach(function (r, k) {
      if (keep && !keep.has(k)) return;
      if (keep && last >= 0 && k !== last + 1) frag.appendChild(el("div", "ellipsis", "⋯"));
      else if (last >= 0 && r[0] > rows[last][0] + 1) frag.appendChild(el("div", "ln gap"));
      run = sameLabel(rows[k - 1], r) ? run + 1 : 1;
      frag.appendChild(lineRow(r, sameLabel(r, rows[k + 1]) ? 0 : run));
      last = k;
    });
    body.appendChild(frag);
  }

  function render() {
    computeOrder();
    $("rule").value = state.rule;
    if ($("search").value !== state.q) $("search").value = state.q;
    renderList();
    renderDoc();
    writeHash();
  }

  function show(i) {
    state.file = i;
    var at = order.indexOf(i);
    if (at >= 0) state.page = Math.floor(at / pageSize);
    renderList();
    renderDoc();
    writeHash();
    $("doc").scrollIntoView({ block: "start" });
  }

  function step(delta) {
    if (!order.length) return;
    var at = state.file === null ? -1 : order.indexOf(state.file);
    var next = at < 0 ? 0 : Math.min(order.length - 1, Math.max(0, at + delta));
    show(order[next]);
  }

  rules.forEach(function (r, k) {
    var total = 0;
    files.forEach(function (f) { if (f.byRule[k]) total += f.byRule[k][0]; });
    var o = el("option", "", r + " (" + total + " lines)");
    o.value = r;
    o.title = index.descriptions[k] || "";
    $("rule").appendChild(o);
  });
  $("rule").addEventListener("change", function () { state.rule = this.value; state.page = 0; render(); });
  var timer = null;
  $("search").addEventListener("input", function () {
    var value = this.value;
    clearTimeout(timer);
    timer = setTimeout(function () { state.q = value; state.page = 0; render(); }, 200);
  });
  $("prev-page").addEventListener("click", function () { state.page -= 1; renderList(); writeHash(); });
  $("next-page").addEventListener("click", function () { state.page += 1; renderList(); writeHash(); });
  $("prev-file").addEventListener("click", function () { step(-1); });
  $("next-file").addEventListener("click", function () { step(1); });
  $("only-removed").addEventListener("change", function () { state.only = this.checked; renderDoc(); });
  document.addEventListener("keydown", function (e) {
    if (e.target.tagName === "INPUT" || e.target.tagName === "SELECT" || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "j") step(1);
    else if (e.key === "k") step(-1);
  });
  window.addEventListener("hashchange", function () {
    if (writing) { writing = false; return; }
    readHash();
    render();
  });
  readHash();
  render();
  document.body.dataset.ready = "1";
})();
