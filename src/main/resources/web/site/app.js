// corridor-graph's web page: asks /api/ask, runs catalogue queries, shows tables, pictures and sources.
// Plain JavaScript, no framework and no build step; everything it needs comes from this server.
(function () {
  'use strict';

  var ENTITY_DEBOUNCE_MS = 200;
  var $ = function (id) { return document.getElementById(id); };

  var els = {};
  var catalogue = null;          // {queries, formats} once loaded
  var pendingFormFill = null;    // {name, params} to put into a form when the catalogue arrives
  var requestSeq = 0;            // ignore answers that arrive after a newer request
  var current = null;            // {requestUrl, result}

  // ---------- small helpers ----------

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (key) {
        var v = attrs[key];
        if (v === null || v === undefined || v === false) return;
        if (key === 'text') node.textContent = v;
        else if (key === 'className') node.className = v;
        else if (key.slice(0, 2) === 'on' && typeof v === 'function') node.addEventListener(key.slice(2), v);
        else node.setAttribute(key, v === true ? '' : String(v));
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function setStatus(text) {
    // clearing first makes screen readers announce a repeated message again
    els.status.textContent = '';
    window.setTimeout(function () { els.status.textContent = text; }, 30);
  }

  function plural(n, one, many) {
    return n + ' ' + (n === 1 ? one : many);
  }

  function withFormat(requestUrl, format) {
    var u = new URL(requestUrl, window.location.origin);
    u.searchParams.set('format', format);
    return u.pathname + u.search;
  }

  function askUrl(question) {
    return '/api/ask?' + new URLSearchParams({ q: question }).toString();
  }

  function queryUrl(name, params) {
    var search = new URLSearchParams();
    Object.keys(params || {}).forEach(function (k) {
      var v = params[k];
      if (v !== null && v !== undefined && String(v).trim() !== '') search.append(k, String(v));
    });
    var s = search.toString();
    return '/api/queries/' + encodeURIComponent(name) + (s ? '?' + s : '');
  }

  /** Fetches JSON; rejects with {problem} for problem+json answers and with a made-up problem otherwise. */
  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      if (type.indexOf('json') >= 0) {
        return response.json().then(function (body) {
          if (!response.ok) throw { problem: body };
          return body;
        });
      }
      return response.text().then(function (text) {
        throw { problem: { title: response.statusText || 'Error', status: response.status,
          detail: 'the server answered with ' + (type || 'no content type') + ' instead of JSON',
          hint: text ? text.slice(0, 200) : null } };
      });
    }, function (error) {
      throw { problem: { title: 'No answer', status: 0,
        detail: 'could not reach the server (' + (error && error.message ? error.message : error) + ')',
        hint: 'check that corridor-graph serve is still running, then try again' } };
    });
  }

  // ---------- values to text ----------

  function isPath(v) {
    return v && typeof v === 'object' && Array.isArray(v.nodes) && Array.isArray(v.links);
  }

  function isNode(v) {
    return v && typeof v === 'object' && !Array.isArray(v) && 'id' in v && 'name' in v && Array.isArray(v.labels);
  }

  function isLink(v) {
    return v && typeof v === 'object' && !Array.isArray(v) && 'from' in v && 'to' in v && 'type' in v;
  }

  function isGraphValue(v) {
    if (Array.isArray(v)) return v.some(isGraphValue);
    return isPath(v) || isNode(v) || isLink(v);
  }

  function hasGraph(result) {
    return (result.rows || []).some(function (row) {
      return Object.keys(row).some(function (k) { return isGraphValue(row[k]); });
    });
  }

  function valueText(v) {
    if (v === null || v === undefined) return '';
    if (Array.isArray(v)) {
      return v.map(valueText).filter(function (s) { return s !== ''; }).join('; ');
    }
    if (isPath(v)) {
      if (v.text) return v.text;
      return v.nodes.map(function (n) { return n.name; }).join(' → ');
    }
    if (isNode(v)) return v.name;
    if (isLink(v)) return v.from + ' —' + (v.label || v.type) + '→ ' + v.to;
    if (typeof v === 'boolean') return v ? 'yes' : 'no';
    if (typeof v === 'object') {
      return Object.keys(v).map(function (k) { return k + ': ' + valueText(v[k]); }).join(', ');
    }
    return String(v);
  }

  function paramText(v) {
    if (Array.isArray(v)) return v.join(', ');
    return valueText(v);
  }

  function humanColumn(name) {
    return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  }

  function citationLinks(numbers) {
    var span = el('span', { className: 'cite-refs' });
    (numbers || []).forEach(function (n, i) {
      if (i > 0) span.appendChild(document.createTextNode(' '));
      span.appendChild(el('a', { href: '#citation-' + n, className: 'cite-ref',
        'aria-label': 'source ' + n, text: '[' + n + ']' }));
    });
    return span;
  }

  function cell(column, value) {
    var td = el('td', { 'data-column': column });
    if (column === 'citations' && Array.isArray(value)) {
      td.appendChild(citationLinks(value));
    } else if (typeof value === 'string' && /^https?:\/\/\S+$/.test(value)) {
      td.appendChild(el('a', { href: value, target: '_blank', rel: 'noopener noreferrer', text: value }));
    } else if (Array.isArray(value) && value.some(function (v) { return valueText(v).length > 30; })) {
      // long items read better one to a line; the text still joins them with "; "
      var items = value.map(valueText).filter(function (s) { return s !== ''; });
      items.forEach(function (text, i) {
        td.appendChild(el('span', { className: 'list-item', text: text + (i < items.length - 1 ? '; ' : '') }));
      });
    } else {
      td.textContent = valueText(value);
      if (typeof value === 'number') td.className = 'number';
    }
    return td;
  }

  // ---------- asking and running ----------

  function ask(question, options) {
    question = (question || '').trim();
    if (!question) {
      question = els.question.placeholder;
    }
    els.question.value = question;
    if (!options || options.push !== false) {
      pushLocation('?' + new URLSearchParams({ q: question }).toString());
    }
    setStatus('Asking: ' + question + ' …');
    return load(askUrl(question), { kind: 'ask', question: question });
  }

  function runQuery(name, params, options) {
    if (!options || options.push !== false) {
      var search = new URLSearchParams({ query: name });
      Object.keys(params || {}).forEach(function (k) {
        if (params[k] !== null && params[k] !== undefined && String(params[k]).trim() !== '') search.append(k, params[k]);
      });
      pushLocation('?' + search.toString());
    }
    setStatus('Running query ' + name + ' …');
    return load(queryUrl(name, params), { kind: 'query', name: name, params: params || {} });
  }

  function pushLocation(search) {
    if (window.location.search !== search) {
      window.history.pushState({}, '', window.location.pathname + search);
    }
  }

  function load(url, origin) {
    var seq = ++requestSeq;
    document.body.setAttribute('aria-busy', 'true');
    els.askButton.disabled = true;
    return getJson(url).then(function (result) {
      if (seq !== requestSeq) return;
      showResult(result, url);
    }, function (error) {
      if (seq !== requestSeq) return;
      showProblem(error && error.problem ? error.problem : { title: 'Error', detail: String(error) }, origin);
    }).then(function () {
      if (seq !== requestSeq) return;
      document.body.removeAttribute('aria-busy');
      els.askButton.disabled = false;
    });
  }

  // ---------- showing a result ----------

  function showResult(result, requestUrl) {
    current = { requestUrl: requestUrl, result: result };
    els.problem.hidden = true;
    els.result.hidden = false;
    els.result.setAttribute('data-query', result.query);

    // which query, with which parameters
    clear(els.resultQuery);
    els.resultQuery.appendChild(document.createTextNode('Answered by the query '));
    els.resultQuery.appendChild(el('code', { className: 'query-name', text: result.query }));
    var shown = Object.keys(result.params || {}).filter(function (k) {
      var v = result.params[k];
      return v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0);
    });
    if (shown.length) {
      els.resultQuery.appendChild(document.createTextNode(' with '));
      var list = el('span', { className: 'params' });
      shown.forEach(function (k, i) {
        if (i > 0) list.appendChild(document.createTextNode(', '));
        list.appendChild(el('span', { className: 'param', 'data-param': k }, [
          el('span', { className: 'param-name', text: k }), ' = ',
          el('span', { className: 'param-value', text: paramText(result.params[k]) })]));
      });
      els.resultQuery.appendChild(list);
    } else {
      els.resultQuery.appendChild(document.createTextNode(' (no parameters)'));
    }
    els.resultQuery.appendChild(document.createTextNode('. '));
    els.resultQuery.appendChild(el('button', { type: 'button', className: 'link-button', id: 'edit-params',
      text: 'Change the parameters',
      onclick: function () { editParams(result); } }));

    els.resultDescription.textContent = result.description || '';
    els.resultTruncated.hidden = !result.truncated;

    // for a question: whether it abstains, how it was answered, and how names were read
    var asked = result.ask || null;
    els.resultAbstention.hidden = !(asked && asked.abstained);
    els.resultAbstention.textContent = asked && asked.abstained ? asked.answer : '';
    els.resultHow.hidden = !asked;
    els.resultHow.textContent = asked ? 'Found by ' + asked.how : '';
    clear(els.resultNotes);
    (result.notes || []).forEach(function (n) { els.resultNotes.appendChild(el('li', { text: n })); });
    els.resultNotes.hidden = !(result.notes && result.notes.length);

    // actions
    if (result.browserUrl) {
      els.openBrowser.href = result.browserUrl;
      els.openBrowser.hidden = false;
    } else {
      els.openBrowser.removeAttribute('href');
      els.openBrowser.hidden = true;
    }
    // Browser then asks only for the password, which this page copies (it is never put in a URL)
    els.copyLogin.hidden = !(result.browserUrl && result.browserUrl.indexOf('preselectAuthMethod=NATIVE') >= 0);
    els.downloadCsv.href = withFormat(requestUrl, 'csv');
    els.downloadCsv.setAttribute('download', result.query + '.csv');

    renderTable(result);
    renderCitations(result);
    els.resultCypher.textContent = result.cypher || '';
    renderPicture(result, requestUrl);

    var rows = (result.rows || []).length;
    setStatus((asked && asked.abstained ? 'The articles do not say; what they hold, from query ' : 'Answer from query ') + result.query + ': ' + plural(rows, 'row', 'rows') + ', ' +
      plural((result.citations || []).length, 'source sentence', 'source sentences') + '.');
    els.result.focus();
  }

  function renderTable(result) {
    var table = els.resultTable;
    var thead = table.tHead;
    var tbody = table.tBodies[0];
    clear(thead);
    clear(tbody);
    var columns = result.columns || [];
    var rows = result.rows || [];
    els.resultCaption.textContent = rows.length
      ? plural(rows.length, 'row', 'rows') + ' from ' + result.query
      : 'No rows: the graph holds nothing that matches.';
    var head = el('tr');
    columns.forEach(function (c) {
      head.appendChild(el('th', { scope: 'col', 'data-column': c, title: c, text: humanColumn(c) }));
    });
    thead.appendChild(head);
    rows.forEach(function (row) {
      var tr = el('tr');
      columns.forEach(function (c) { tr.appendChild(cell(c, row[c])); });
      tbody.appendChild(tr);
    });
  }

  function renderCitations(result) {
    clear(els.citations);
    var citations = result.citations || [];
    citations.forEach(function (c) {
      els.citations.appendChild(el('li', { id: 'citation-' + c.number, value: c.number, className: 'citation',
        'data-sentence': c.sentenceId }, [
        el('q', { className: 'citation-text', text: c.text }), ' ',
        el('span', { className: 'citation-source' }, [
          '— ', el('cite', { text: c.source }),
          c.sentenceId ? el('span', { className: 'sentence-id', text: ' (' + c.sentenceId + ')' }) : null])]));
    });
    els.noCitations.hidden = citations.length > 0;
  }

  function pictureAlt(result) {
    var texts = [];
    (result.rows || []).forEach(function (row) {
      Object.keys(row).forEach(function (k) {
        if (isPath(row[k])) texts.push(valueText(row[k]));
      });
    });
    var unique = texts.filter(function (t, i) { return t && texts.indexOf(t) === i; });
    var more = unique.length > 5 ? ' and ' + (unique.length - 5) + ' more' : '';
    return 'Graph of the ' + result.query + ' answer' + (unique.length ? ': ' + unique.slice(0, 5).join('; ') + more : '');
  }

  // ---------- the picture: fitted to its column, zoomed and moved through its viewBox ----------

  var SVG_NS = 'http://www.w3.org/2000/svg';
  var ZOOM_STEP = 1.5;          // one button press or key
  var KEY_PAN = 0.15;           // of the visible part, per arrow key
  var PICTURE_FORMATS = ['svg', 'png', 'pdf'];
  var picture = null;           // the view of the picture shown, or null

  function renderPicture(result, requestUrl) {
    picture = null;
    clear(els.pictureBody);
    els.pictureBody.classList.remove('zoomed', 'dragging');
    // answers with nodes and paths always have a picture; for the others ask, since the server may
    // draw some (charts) and says 406 to the rest, which then show none
    var drawable = hasGraph(result);
    els.picture.hidden = !drawable;
    els.picture.setAttribute('data-kind', 'loading');
    var svgUrl = withFormat(requestUrl, 'svg');
    var stale = function () { return current === null || current.result !== result; };
    fetch(svgUrl, { headers: { Accept: 'image/svg+xml' } }).then(function (response) {
      if (response.ok) return response.text();
      return response.json().then(function (p) {
        throw new Error(p && p.detail ? p.detail : 'status ' + response.status);
      }, function () { throw new Error('status ' + response.status); });
    }).then(function (text) {
      if (stale()) return;
      var svg = readSvg(text);
      if (!svg) throw new Error('the drawing is not a readable SVG');
      showSvg(svg, result, requestUrl);
    }).catch(function (error) {
      if (stale()) return;
      if (drawable) {
        showMermaid(result, requestUrl, error && error.message ? error.message : String(error));
      } else {
        els.picture.hidden = true;
        els.picture.setAttribute('data-kind', 'absent');
      }
    });
  }

  /** Parses the server's SVG into a node for this page; null when it is not one. */
  function readSvg(text) {
    var doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    var svg = doc.documentElement;
    if (!svg || svg.namespaceURI !== SVG_NS || svg.localName !== 'svg' || doc.getElementsByTagName('parsererror').length) {
      return null;
    }
    // the drawing comes from this server but carries article text: nothing in it may run here
    Array.prototype.slice.call(svg.querySelectorAll('script, foreignObject')).forEach(function (n) {
      n.parentNode.removeChild(n);
    });
    [svg].concat(Array.prototype.slice.call(svg.querySelectorAll('*'))).forEach(function (n) {
      Array.prototype.slice.call(n.attributes).forEach(function (a) {
        if (/^on/i.test(a.name) || (/href$/i.test(a.name) && /^\s*javascript:/i.test(a.value))) n.removeAttribute(a.name);
      });
    });
    return document.importNode(svg, true);
  }

  function childNamed(parent, name) {
    for (var n = parent.firstElementChild; n; n = n.nextElementSibling) {
      if (n.localName === name) return n;
    }
    return null;
  }

  function showSvg(svg, result, requestUrl) {
    // inline, so the drawing's own <title> and <desc> reach screen readers and its node titles show
    // as tooltips; in a shadow root, so its ids and any styles it carries stay out of the page
    var title = childNamed(svg, 'title');
    if (!title || !title.textContent.trim()) {
      title = title || svg.insertBefore(document.createElementNS(SVG_NS, 'title'), svg.firstChild);
      title.textContent = 'Picture of the ' + result.query + ' answer';
    }
    var desc = childNamed(svg, 'desc');
    if (!desc) {
      desc = svg.insertBefore(document.createElementNS(SVG_NS, 'desc'), title.nextSibling);
      desc.textContent = pictureAlt(result);
    }
    title.id = title.id || 'picture-title';
    desc.id = desc.id || 'picture-desc';
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-labelledby', title.id);
    svg.setAttribute('aria-describedby', desc.id);
    svg.setAttribute('focusable', 'false');

    var host = el('div', { className: 'picture-canvas' });
    var root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
    root.appendChild(el('style', { text: ':host { display: block; } svg { display: block; margin: 0 auto; ' +
      'max-width: none; user-select: none; -webkit-user-select: none; }' }));
    root.appendChild(svg);
    els.pictureBody.appendChild(host);
    els.picture.hidden = false;
    els.picture.setAttribute('data-kind', 'svg');
    els.pictureBody.setAttribute('aria-label', 'The picture: ' + title.textContent.trim());

    PICTURE_FORMATS.forEach(function (format) {
      var link = els['download' + format.charAt(0).toUpperCase() + format.slice(1)];
      link.href = withFormat(requestUrl, format);
      link.setAttribute('download', result.query + '.' + format);
    });
    picture = pictureView(svg);
    picture.fit();
  }

  /**
   * Zoom and pan by the SVG's viewBox. Fitted, the drawing is as wide as the column (or its own width
   * when narrower: never enlarged) with its aspect kept. Zoomed, the element keeps the column's width,
   * grows taller (up to most of the window) so a thin strip has room, and the viewBox picks the part shown.
   */
  function pictureView(svg) {
    var box = svg.viewBox && svg.viewBox.baseVal && svg.viewBox.baseVal.width > 0 ? svg.viewBox.baseVal : null;
    var naturalWidth = pixels(svg.getAttribute('width'));
    var naturalHeight = pixels(svg.getAttribute('height'));
    var whole = box ? { x: box.x, y: box.y, w: box.width, h: box.height }
      : { x: 0, y: 0, w: naturalWidth || 800, h: naturalHeight || 600 };
    if (!naturalWidth) naturalWidth = whole.w;
    var zoom = 1;                       // times the whole picture
    var x = whole.x;                    // the viewBox's corner
    var y = whole.y;
    var size = { w: 0, h: 0, fitW: 0, fitH: 0 };
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');

    function pixels(value) {
      var m = /^\s*([0-9.]+)\s*(px)?\s*$/.exec(value || '');
      return m ? parseFloat(m[1]) : 0;
    }

    function clamp(v, lo, hi) { return Math.max(lo, Math.min(hi, v)); }

    /** Screen pixels per drawing unit. */
    function scale() { return zoom * size.fitW / whole.w; }

    /** Up to 4 times the drawing's own size, and at least 4 times the whole picture. */
    function maxZoom() { return Math.max(4, 4 * naturalWidth / size.fitW); }

    function show() {
      var column = els.pictureBody.clientWidth;
      if (!column) return;
      size.fitW = Math.floor(Math.min(column, naturalWidth));
      size.fitH = Math.floor(size.fitW * whole.h / whole.w);
      zoom = clamp(zoom, 1, maxZoom());
      size.w = size.fitW;
      size.h = Math.floor(Math.max(size.fitH, Math.min(size.fitH * zoom, window.innerHeight * 0.7)));
      var s = scale();
      var w = size.w / s;
      var h = Math.min(whole.h, size.h / s);
      x = clamp(x, whole.x, whole.x + whole.w - w);
      y = clamp(y, whole.y, whole.y + whole.h - h);
      svg.setAttribute('width', String(size.w));
      svg.setAttribute('height', String(size.h));
      svg.setAttribute('viewBox', [x, y, w, h].map(function (n) { return Math.round(n * 100) / 100; }).join(' '));
      var fitted = zoom <= 1.0001;
      els.pictureBody.classList.toggle('zoomed', !fitted);
      els.pictureZoomOut.setAttribute('aria-disabled', fitted ? 'true' : 'false');
      els.pictureFit.setAttribute('aria-disabled', fitted ? 'true' : 'false');
      els.pictureZoomIn.setAttribute('aria-disabled', zoom >= maxZoom() - 0.0001 ? 'true' : 'false');
      // as a share of the drawing's own size, which is what its 12 px labels were made for
      var percent = Math.round(100 * s / (naturalWidth / whole.w));
      els.pictureZoomLevel.textContent = percent + '%' + (fitted ? ', whole picture' : '');
    }

    /** Zooms by factor keeping the point under (clientX, clientY) in place; the middle without a point. */
    function zoomBy(factor, clientX, clientY) {
      var rect = svg.getBoundingClientRect();
      if (!rect.width) return;
      var px = clientX === undefined ? rect.width / 2 : clamp(clientX - rect.left, 0, rect.width);
      var py = clientY === undefined ? rect.height / 2 : clamp(clientY - rect.top, 0, rect.height);
      var before = scale();
      var ux = x + px / before;
      var uy = y + py / before;
      zoom = clamp(zoom * factor, 1, maxZoom());
      x = ux - px / scale();
      y = uy - py / scale();
      show();
    }

    /** Moves the drawing with the pointer: dx, dy in screen pixels. */
    function panBy(dx, dy) {
      if (!size.w) return;
      x -= dx / scale();
      y -= dy / scale();
      show();
    }

    return {
      fit: function () {
        zoom = 1;
        x = whole.x;
        y = whole.y;
        show();
      },
      layout: show,
      zoomBy: zoomBy,
      panBy: panBy,
      zoomed: function () { return zoom > 1.0001; },
      size: function () { return { w: size.w, h: size.h }; }
    };
  }

  /** Wires the picture's controls once; they act on whichever picture is shown. */
  function initPictureControls() {
    var body = els.pictureBody;
    var pointers = {};
    var pinch = null;

    function enabled(button) { return button.getAttribute('aria-disabled') !== 'true'; }
    els.pictureZoomIn.addEventListener('click', function () {
      if (picture && enabled(els.pictureZoomIn)) picture.zoomBy(ZOOM_STEP);
    });
    els.pictureZoomOut.addEventListener('click', function () {
      if (picture && enabled(els.pictureZoomOut)) picture.zoomBy(1 / ZOOM_STEP);
    });
    els.pictureFit.addEventListener('click', function () {
      if (picture) picture.fit();
    });

    // the wheel alone scrolls the page, as over any figure; Ctrl or Cmd with it, or a trackpad
    // pinch (which the browser sends as a wheel with ctrlKey), zooms at the pointer
    body.addEventListener('wheel', function (e) {
      if (!picture || !(e.ctrlKey || e.metaKey)) return;
      e.preventDefault();
      var delta = e.deltaY * (e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1);
      picture.zoomBy(Math.exp(-clampDelta(delta) * 0.003), e.clientX, e.clientY);
    }, { passive: false });

    function clampDelta(d) { return Math.max(-200, Math.min(200, d)); }

    body.addEventListener('pointerdown', function (e) {
      if (!picture || (e.pointerType === 'mouse' && e.button !== 0)) return;
      pointers[e.pointerId] = { x: e.clientX, y: e.clientY };
      body.setPointerCapture(e.pointerId);
      body.focus({ preventScroll: true });
      var ids = Object.keys(pointers);
      pinch = ids.length === 2 ? spread(ids) : null;
      if (picture.zoomed() || pinch) body.classList.add('dragging');
      e.preventDefault();
    });
    body.addEventListener('pointermove', function (e) {
      var last = pointers[e.pointerId];
      if (!picture || !last) return;
      var ids = Object.keys(pointers);
      if (ids.length === 1) {
        picture.panBy(e.clientX - last.x, e.clientY - last.y);
        pointers[e.pointerId] = { x: e.clientX, y: e.clientY };
      } else if (ids.length === 2 && pinch) {
        pointers[e.pointerId] = { x: e.clientX, y: e.clientY };
        var now = spread(ids);
        picture.zoomBy(now.distance / pinch.distance, now.x, now.y);
        picture.panBy(now.x - pinch.x, now.y - pinch.y);
        pinch = now;
      }
    });
    function release(e) {
      if (!pointers[e.pointerId]) return;
      delete pointers[e.pointerId];
      if (body.hasPointerCapture(e.pointerId)) body.releasePointerCapture(e.pointerId);
      pinch = null;
      if (!Object.keys(pointers).length) body.classList.remove('dragging');
    }
    body.addEventListener('pointerup', release);
    body.addEventListener('pointercancel', release);

    function spread(ids) {
      var a = pointers[ids[0]];
      var b = pointers[ids[1]];
      return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, distance: Math.max(1, Math.hypot(a.x - b.x, a.y - b.y)) };
    }

    body.addEventListener('keydown', function (e) {
      if (!picture || e.ctrlKey || e.metaKey || e.altKey) return;
      var size = picture.size();
      var handled = true;
      switch (e.key) {
        case '+': case '=': picture.zoomBy(ZOOM_STEP); break;
        case '-': case '_': picture.zoomBy(1 / ZOOM_STEP); break;
        case '0': picture.fit(); break;
        // at the whole picture there is nothing to move: let the arrows scroll the page
        case 'ArrowLeft': handled = picture.zoomed(); if (handled) picture.panBy(size.w * KEY_PAN, 0); break;
        case 'ArrowRight': handled = picture.zoomed(); if (handled) picture.panBy(-size.w * KEY_PAN, 0); break;
        case 'ArrowUp': handled = picture.zoomed(); if (handled) picture.panBy(0, size.h * KEY_PAN); break;
        case 'ArrowDown': handled = picture.zoomed(); if (handled) picture.panBy(0, -size.h * KEY_PAN); break;
        default: handled = false;
      }
      if (handled) e.preventDefault();
    });

    // the column narrows or widens with the window: the view stays, only its size follows
    var lastWidth = 0;
    var refit = function () {
      var width = body.clientWidth;
      if (picture && width && width !== lastWidth) {
        lastWidth = width;
        picture.layout();
      }
    };
    if (typeof ResizeObserver === 'function') {
      new ResizeObserver(refit).observe(body);
    } else {
      window.addEventListener('resize', refit);
    }
  }

  function showMermaid(result, requestUrl, why) {
    clear(els.pictureBody);
    els.picture.hidden = false;
    els.picture.setAttribute('data-kind', 'loading');
    fetch(withFormat(requestUrl, 'mermaid')).then(function (r) {
      return r.ok ? r.text() : null;
    }, function () { return null; }).then(function (mermaid) {
      if (current === null || current.result !== result) return;
      clear(els.pictureBody);
      if (mermaid) {
        els.picture.setAttribute('data-kind', 'mermaid');
        els.pictureBody.appendChild(el('p', { className: 'note',
          text: 'No drawing is available (' + why + '). The same graph as Mermaid text, which any Mermaid editor can draw:' }));
        els.pictureBody.appendChild(el('pre', { className: 'mermaid-text', tabindex: '0',
          'aria-label': 'Mermaid text of the graph', text: mermaid }));
      } else {
        els.picture.setAttribute('data-kind', 'none');
        els.pictureBody.appendChild(el('p', { className: 'note', text: 'No picture is available for this answer (' + why + ').' }));
      }
    });
  }

  // ---------- problems ----------

  function showProblem(problem, origin) {
    current = null;
    els.result.hidden = true;
    els.problem.hidden = false;
    els.problem.setAttribute('data-status', problem.status || '');
    var title = problem.title || 'Something went wrong';
    els.problemTitle.textContent = (problem.status ? problem.status + ' ' : '') + title;
    els.problemDetail.textContent = problem.detail ? capitalise(problem.detail) + '.' : '';
    els.problemDetail.hidden = !problem.detail;

    var suggestions = Array.isArray(problem.suggestions) ? problem.suggestions : [];
    // the hint of an unplaced question lists the same examples as the suggestions; say it once
    var hintRepeats = suggestions.length > 1 && problem.hint &&
      suggestions.every(function (s) { return problem.hint.indexOf(s) >= 0; });
    els.problemHint.textContent = problem.hint && !hintRepeats ? capitalise(problem.hint) + '.' : '';
    els.problemHint.hidden = !problem.hint || hintRepeats;

    clear(els.problemSuggestions);
    suggestions.forEach(function (s) {
      els.problemSuggestions.appendChild(el('li', null, [el('button', { type: 'button', className: 'suggestion',
        text: s, onclick: function () { followSuggestion(s, problem, origin); } })]));
    });
    els.problemSuggestionsBlock.hidden = suggestions.length === 0;
    els.problemSuggestionsHeading.textContent = problemParameter(problem, origin)
      ? 'Did you mean' : 'Try one of these';

    setStatus('No answer: ' + (problem.detail || title));
    els.problem.focus();
  }

  function capitalise(s) {
    s = String(s).replace(/[.\s]+$/, '');
    return s.charAt(0).toUpperCase() + s.slice(1);
  }

  /** The query parameter a problem is about: its own field, else the one its detail names or quotes. */
  function problemParameter(problem, origin) {
    if (!origin || origin.kind !== 'query') return null;
    if (problem.parameter) return problem.parameter;
    var named = /\(parameter (\w+)\)/.exec(problem.detail || '');
    if (named) return named[1];
    var quoted = /'([^']+)'/.exec(problem.detail || '');
    if (quoted) {
      var keys = Object.keys(origin.params || {}).filter(function (k) {
        return String(origin.params[k]).trim().toLowerCase() === quoted[1].trim().toLowerCase();
      });
      if (keys.length === 1) return keys[0];
    }
    return null;
  }

  function followSuggestion(suggestion, problem, origin) {
    if (origin && origin.kind === 'query') {
      var parameter = problemParameter(problem, origin);
      if (parameter) {
        var params = Object.assign({}, origin.params);
        params[parameter] = suggestion;
        fillForm(origin.name, params);
        runQuery(origin.name, params);
      } else {
        // a suggestion we cannot place in a field: open the form so the reader can
        var details = fillForm(origin.name, origin.params);
        if (details) {
          details.scrollIntoView({ block: 'start' });
          var first = details.querySelector('input');
          if (first) first.focus();
        }
        setStatus('Put ' + suggestion + ' into the right field of ' + origin.name + ' and run it again.');
      }
    } else {
      ask(suggestion);
    }
  }

  // ---------- the catalogue and its forms ----------

  function loadCatalogue() {
    return getJson('/api/queries').then(function (body) {
      catalogue = body;
      renderCatalogue(body.queries || []);
      els.catalogueStatus.hidden = true;
      if (pendingFormFill) {
        fillForm(pendingFormFill.name, pendingFormFill.params);
        pendingFormFill = null;
      }
    }, function (error) {
      var p = error && error.problem ? error.problem : {};
      els.catalogueStatus.textContent = 'The catalogue could not be loaded: ' + (p.detail || 'unknown error') + '.';
    });
  }

  function firstSentence(text) {
    text = text || '';
    var m = /^(.+?\.)(\s+[A-Z]|$)/.exec(text);
    var sentence = m ? m[1] : text;
    if (sentence.length <= 140) return sentence;
    var cut = sentence.lastIndexOf(' ', 135);
    return sentence.slice(0, cut > 60 ? cut : 135).replace(/[,;:(]+$/, '') + ' …';
  }

  function fieldId(query, param) {
    return 'param-' + query + '-' + param;
  }

  function renderCatalogue(queries) {
    clear(els.queryList);
    queries.forEach(function (q) {
      var details = el('details', { className: 'query', id: 'query-' + q.name, 'data-query': q.name });
      details.appendChild(el('summary', null, [el('code', { text: q.name }), ' ',
        el('span', { className: 'summary-text', text: firstSentence(q.description) })]));
      details.appendChild(el('p', { className: 'query-description', text: q.description }));

      var form = el('form', { className: 'query-form', id: 'form-' + q.name, autocomplete: 'off',
        'aria-label': 'Parameters of query ' + q.name });
      (q.params || []).forEach(function (p) { form.appendChild(field(q, p)); });
      if (!(q.params || []).length) {
        form.appendChild(el('p', { className: 'help', text: 'This query takes no parameters.' }));
      }
      form.appendChild(el('div', { className: 'form-actions' }, [
        el('button', { type: 'submit', className: 'run-button', text: 'Run ' + q.name })]));
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        runQuery(q.name, formParams(q));
      });
      details.appendChild(form);

      if ((q.examples || []).length) {
        var examples = el('ul', { className: 'examples', 'aria-label': 'Examples of ' + q.name });
        q.examples.forEach(function (ex) {
          var label = Object.keys(ex.params).map(function (k) { return k + ' = ' + ex.params[k]; }).join(', ');
          examples.appendChild(el('li', null, [el('button', { type: 'button', className: 'example',
            text: 'Example: ' + (label || 'no parameters'),
            onclick: function () { fillForm(q.name, ex.params); runQuery(q.name, ex.params); } })]));
        });
        details.appendChild(examples);
      }
      els.queryList.appendChild(details);
    });
  }

  function typeHint(p) {
    switch (p.type) {
      case 'entity': return 'a name or alias';
      case 'entity[]': return 'names or aliases, separated by commas';
      case 'integer':
        if (p.min !== null && p.max !== null) return 'a whole number from ' + p.min + ' to ' + p.max;
        return 'a whole number';
      case 'date': return 'a date';
      case 'string[]': return 'words, separated by commas';
      default: return 'text';
    }
  }

  function field(q, p) {
    var id = fieldId(q.name, p.name);
    var helpId = id + '-help';
    var wrap = el('div', { className: 'field' + (p.required ? ' required' : '') });
    wrap.appendChild(el('label', { 'for': id }, [
      el('span', { className: 'field-name', text: p.name }),
      p.required ? el('span', { className: 'required-mark', 'aria-hidden': 'true', text: ' *' }) : null,
      p.required ? el('span', { className: 'visually-hidden', text: ' (required)' }) : null]));
    var input;
    if (p.type === 'integer') {
      input = el('input', { id: id, name: p.name, type: 'number', step: '1', inputmode: 'numeric',
        min: p.min, max: p.max, value: p['default'] });
    } else if (p.type === 'date') {
      input = el('input', { id: id, name: p.name, type: 'date', value: p['default'] });
    } else {
      input = el('input', { id: id, name: p.name, type: 'text', maxlength: '500',
        placeholder: p['default'] !== null && p['default'] !== undefined ? 'default ' + p['default'] : null });
    }
    input.required = !!p.required;
    input.setAttribute('aria-describedby', helpId);
    wrap.appendChild(input);
    if (p.namesEntity) {
      var listId = id + '-options';
      input.setAttribute('list', listId);
      var datalist = el('datalist', { id: listId });
      wrap.appendChild(datalist);
      attachEntitySuggestions(input, datalist, p.type === 'entity[]');
    }
    var description = p.description ? capitalise(p.description.replace(/^optional:\s*/i, '')) + '. ' : '';
    wrap.appendChild(el('p', { id: helpId, className: 'help', text: description + 'Give ' + typeHint(p) +
      (p['default'] !== null && p['default'] !== undefined ? '; default ' + p['default'] : '') +
      (p.required ? '.' : '; optional.') }));
    return wrap;
  }

  function attachEntitySuggestions(input, datalist, isList) {
    var timer = null;
    var controller = null;
    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        var value = input.value;
        var cut = isList ? value.lastIndexOf(',') : -1;
        var prefix = cut >= 0 ? value.slice(0, cut + 1) + ' ' : '';
        var term = value.slice(cut + 1).trim();
        if (controller) controller.abort();
        if (!term) {
          clear(datalist);
          return;
        }
        controller = typeof AbortController === 'function' ? new AbortController() : null;
        fetch('/api/entities?' + new URLSearchParams({ q: term }).toString(),
          { headers: { Accept: 'application/json' }, signal: controller ? controller.signal : undefined })
          .then(function (r) { return r.ok ? r.json() : { entities: [] }; })
          .then(function (body) {
            clear(datalist);
            (body.entities || []).forEach(function (e) {
              var extra = (e.labels || []).join(', ') +
                ((e.aliases || []).length ? ' — also ' + e.aliases.join(', ') : '');
              datalist.appendChild(el('option', { value: prefix + e.name, label: extra }));
            });
          }, function () { /* aborted or offline: keep the old options */ });
      }, ENTITY_DEBOUNCE_MS);
    });
  }

  function formParams(q) {
    var params = {};
    (q.params || []).forEach(function (p) {
      var input = $(fieldId(q.name, p.name));
      if (!input) return;
      var v = input.value.trim().replace(/,\s*$/, '');
      if (v !== '') params[p.name] = v;
    });
    return params;
  }

  function findQuery(name) {
    if (!catalogue) return null;
    return (catalogue.queries || []).filter(function (q) { return q.name === name; })[0] || null;
  }

  /** Puts parameter values into a query's form and opens it; without the catalogue yet, does it later. */
  function fillForm(name, params) {
    var q = findQuery(name);
    if (!q) {
      pendingFormFill = { name: name, params: params };
      return null;
    }
    (q.params || []).forEach(function (p) {
      var input = $(fieldId(q.name, p.name));
      if (!input) return;
      var v = params ? params[p.name] : undefined;
      if (Array.isArray(v)) v = v.join(', ');
      if (v === null || v === undefined) {
        input.value = p.type === 'integer' || p.type === 'date' ? (p['default'] === null ? '' : p['default']) : '';
      } else {
        input.value = String(v);
      }
    });
    var details = $('query-' + q.name);
    if (details) details.open = true;
    return details;
  }

  function editParams(result) {
    var details = fillForm(result.query, result.params);
    if (!details) return;
    details.scrollIntoView({ block: 'start' });
    var first = details.querySelector('input');
    if (first) first.focus();
  }

  // ---------- copying ----------

  function copyMarkdown() {
    if (!current) return;
    var url = withFormat(current.requestUrl, 'md');
    fetch(url).then(function (r) {
      if (!r.ok) throw new Error('status ' + r.status);
      return r.text();
    }).then(function (text) {
      return writeClipboard(text).then(function () {
        setStatus('Copied the answer as Markdown.');
      });
    }).catch(function (e) {
      setStatus('Could not copy the answer: ' + (e && e.message ? e.message : e) + '.');
    });
  }

  function copyLogin() {
    fetch('/api/local/neo4j-login', { headers: { 'X-Corridor-Graph': 'page' }, cache: 'no-store' }).then(function (r) {
      if (!r.ok) throw new Error('status ' + r.status);
      return r.json();
    }).then(function (login) {
      return writeClipboard(login.password).then(function () {
        setStatus('Copied the password of Neo4j user ' + login.user + '; paste it into Browser\'s sign-in.');
      });
    }).catch(function (e) {
      setStatus('Could not copy the Neo4j password: ' + (e && e.message ? e.message : e) + '.');
    });
  }

  function writeClipboard(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return textareaCopy(text); });
    }
    return textareaCopy(text);
  }

  function textareaCopy(text) {
    return new Promise(function (resolve, reject) {
      var area = el('textarea', { readonly: true, 'aria-hidden': 'true', className: 'copy-buffer' });
      area.value = text;
      document.body.appendChild(area);
      var focused = document.activeElement;
      area.select();
      var ok = false;
      try {
        ok = document.execCommand('copy');
      } catch (e) {
        ok = false;
      }
      document.body.removeChild(area);
      if (focused && focused.focus) focused.focus();
      if (ok) resolve(); else reject(new Error('the browser refused to copy'));
    });
  }

  // ---------- the page address ----------

  function runFromLocation() {
    var search = new URLSearchParams(window.location.search);
    if (search.has('q')) {
      ask(search.get('q'), { push: false });
      return true;
    }
    if (search.has('query')) {
      var name = search.get('query');
      var params = {};
      search.forEach(function (v, k) {
        if (k === 'query' || k === 'format') return;
        params[k] = params[k] ? params[k] + ',' + v : v;
      });
      fillForm(name, params);
      runQuery(name, params, { push: false });
      return true;
    }
    return false;
  }

  function init() {
    els = {
      question: $('question'), askForm: $('ask-form'), askButton: $('ask-button'), status: $('status'),
      problem: $('problem'), problemTitle: $('problem-title'), problemDetail: $('problem-detail'),
      problemHint: $('problem-hint'), problemSuggestions: $('problem-suggestions'),
      problemSuggestionsBlock: $('problem-suggestions-block'), problemSuggestionsHeading: $('problem-suggestions-heading'),
      result: $('result'), resultQuery: $('result-query'), resultAbstention: $('result-abstention'),
      resultHow: $('result-how'), resultNotes: $('result-notes'), resultDescription: $('result-description'),
      resultTruncated: $('result-truncated'), resultTable: $('result-table'), resultCaption: $('result-caption'),
      resultCypher: $('result-cypher'), picture: $('picture'), pictureBody: $('picture-body'),
      citations: $('citations'), noCitations: $('no-citations'), openBrowser: $('open-browser'), copyLogin: $('copy-login'),
      pictureZoomIn: $('picture-zoom-in'), pictureZoomOut: $('picture-zoom-out'), pictureFit: $('picture-fit'),
      pictureZoomLevel: $('picture-zoom-level'), downloadSvg: $('download-svg'), downloadPng: $('download-png'),
      downloadPdf: $('download-pdf'), copyMarkdown: $('copy-markdown'), downloadCsv: $('download-csv'),
      queryList: $('query-list'), catalogueStatus: $('catalogue-status')
    };
    els.askForm.addEventListener('submit', function (e) {
      e.preventDefault();
      ask(els.question.value);
    });
    els.copyMarkdown.addEventListener('click', copyMarkdown);
    els.copyLogin.addEventListener('click', copyLogin);
    initPictureControls();
    window.addEventListener('popstate', function () {
      if (!runFromLocation()) {
        els.result.hidden = true;
        els.problem.hidden = true;
      }
    });
    loadCatalogue();
    runFromLocation();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
