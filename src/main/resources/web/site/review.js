// The review page: shows the draft's candidates, collects accept / reject / edit, and saves them.
// Plain DOM, text only (textContent): candidate text comes from an article and is never markup.
(function () {
  'use strict';

  var token = document.querySelector('meta[name="review-token"]').getAttribute('content');
  var chosen = {}; // candidate id -> 'accept' | 'reject' | 'edit'
  var candidates = [];

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function status(text) { document.getElementById('status').textContent = text; }

  function showProblem(problem) {
    var section = document.getElementById('problem');
    document.getElementById('problem-detail').textContent = problem.detail || ('HTTP ' + problem.status);
    document.getElementById('problem-hint').textContent = problem.hint || '';
    section.setAttribute('data-status', String(problem.status || ''));
    section.hidden = false;
    section.focus();
  }

  function endText(end) {
    return (end.name || '?') + ' (' + end.id + (end.proposed ? ', proposed' : '') + ')';
  }

  function sentenceBlock(c, sentences) {
    var block = el('blockquote', 'sentence');
    var sentence = sentences[c.sentence];
    if (!sentence) {
      block.textContent = 'The anchor "' + (c.anchor || '') + '" is in no sentence of the article.';
      return block;
    }
    block.setAttribute('cite', c.sentence);
    block.appendChild(document.createTextNode(sentence.slice(0, c.anchorStart)));
    block.appendChild(el('mark', null, sentence.slice(c.anchorStart, c.anchorEnd)));
    block.appendChild(document.createTextNode(sentence.slice(c.anchorEnd)));
    return block;
  }

  function field(form, c, name, label, value, kind) {
    var id = 'edit-' + c.id + '-' + name;
    var labelNode = el('label', null, label);
    labelNode.setAttribute('for', id);
    var input;
    if (kind === 'textarea') {
      input = el('textarea');
    } else if (kind === 'select') {
      input = el('select');
      ['fact', 'assessment', 'reported'].forEach(function (k) {
        var option = el('option', null, k);
        option.value = k;
        input.appendChild(option);
      });
    } else {
      input = el('input');
      input.type = 'text';
    }
    input.id = id;
    input.name = name;
    input.value = value || '';
    form.appendChild(labelNode);
    form.appendChild(input);
  }

  function editForm(c) {
    var form = el('div', 'edit-form');
    form.hidden = true;
    form.setAttribute('role', 'group');
    form.setAttribute('aria-label', 'Edit ' + c.id);
    field(form, c, 'type', 'type', c.type);
    field(form, c, 'subject', 'subject (entity id)', c.subject.id);
    field(form, c, 'object', 'object (entity id)', c.object.id);
    field(form, c, 'props', 'props (JSON)', JSON.stringify(c.props || {}), 'textarea');
    field(form, c, 'kind', 'kind', c.kind, 'select');
    field(form, c, 'speaker', 'speaker (entity id, for reported)', c.speaker);
    field(form, c, 'anchor', 'anchor (at most 8 words of the sentence)', c.anchor);
    return form;
  }

  function choose(card, c, action) {
    chosen[c.id] = chosen[c.id] === action ? undefined : action;
    card.querySelectorAll('.choices button').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-action') === chosen[c.id]));
    });
    card.querySelector('.edit-form').hidden = chosen[c.id] !== 'edit';
    pending();
  }

  function pending() {
    var n = Object.keys(chosen).filter(function (k) { return chosen[k]; }).length;
    document.getElementById('pending').textContent = n === 0 ? 'No decision to save yet.' : n + ' decision' + (n === 1 ? '' : 's') + ' to save.';
  }

  function card(c, sentences) {
    var node = el('article', 'candidate');
    node.setAttribute('data-id', c.id);
    node.setAttribute('aria-labelledby', 'title-' + c.id);
    var title = el('h3', null, c.id + ': ' + c.type);
    title.id = 'title-' + c.id;
    node.appendChild(title);
    node.appendChild(el('p', 'ends', endText(c.subject) + ' → ' + endText(c.object)));
    node.appendChild(sentenceBlock(c, sentences));
    var facts = el('dl');
    [['kind', c.kind + (c.speaker ? ' (speaker ' + c.speaker + ')' : '')], ['props', JSON.stringify(c.props || {})],
      ['anchor', c.anchor || ''], ['confidence', String(c.confidence)], ['rule', c.rule || '']].forEach(function (pair) {
      facts.appendChild(el('dt', null, pair[0]));
      var dd = el('dd', null, pair[1]);
      dd.setAttribute('data-field', pair[0]);
      facts.appendChild(dd);
    });
    node.appendChild(facts);
    if (c.decision) {
      node.setAttribute('data-decision', c.decision);
      node.appendChild(el('p', 'decided', c.decision === 'reject' ? 'Rejected.'
        : 'Accepted' + (c.decision === 'edit' ? ' after an edit' : '') + (c.acceptedAs ? ' as ' + c.acceptedAs : '') + '.'));
      return node;
    }
    var choices = el('div', 'choices');
    choices.setAttribute('role', 'group');
    choices.setAttribute('aria-label', 'Decide on ' + c.id);
    [['accept', 'Accept'], ['reject', 'Reject'], ['edit', 'Edit']].forEach(function (pair) {
      var button = el('button', 'choose-' + pair[0], pair[1]);
      button.type = 'button';
      button.setAttribute('data-action', pair[0]);
      button.setAttribute('aria-pressed', 'false');
      button.addEventListener('click', function () { choose(node, c, pair[0]); });
      choices.appendChild(button);
    });
    node.appendChild(choices);
    node.appendChild(editForm(c));
    return node;
  }

  function load() {
    return fetch('/api/review/draft', { headers: { Accept: 'application/json' }, cache: 'no-store' }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) { throw body; }
        return body;
      });
    }).then(function (draft) {
      candidates = draft.candidates;
      chosen = {};
      var sentences = {};
      draft.sentences.forEach(function (s) { sentences[s.id] = s.text; });
      document.getElementById('draft-source').textContent = 'Article ' + draft.source.id
        + (draft.source.title ? ': ' + draft.source.title : '') + (draft.source.published ? ' (' + draft.source.published + ')' : '');
      var list = document.getElementById('candidate-list');
      list.textContent = '';
      candidates.forEach(function (c) { list.appendChild(card(c, sentences)); });
      var open = candidates.filter(function (c) { return !c.decision; }).length;
      status(candidates.length + ' candidates, ' + open + ' not decided yet.');
      pending();
    }).catch(function (problem) {
      status('Could not load the draft.');
      showProblem(problem && problem.detail ? problem : { detail: String(problem) });
    });
  }

  function decisions() {
    var result = [];
    candidates.forEach(function (c) {
      var action = chosen[c.id];
      if (!action) { return; }
      var decision = { id: c.id, action: action };
      if (action === 'edit') {
        var form = document.querySelector('.candidate[data-id="' + c.id + '"] .edit-form');
        var value = function (name) { return form.querySelector('[name="' + name + '"]').value; };
        var props;
        try {
          props = JSON.parse(value('props') || '{}');
        } catch (e) {
          throw { status: 400, detail: 'the props of ' + c.id + ' are not JSON: ' + e.message, hint: 'write them like {"field": "sea freight"}' };
        }
        decision.statement = { type: value('type'), subject: value('subject'), object: value('object'), props: props,
          kind: value('kind'), speaker: value('speaker'), anchor: value('anchor') };
      }
      result.push(decision);
    });
    return result;
  }

  function save() {
    document.getElementById('problem').hidden = true;
    var body;
    try {
      body = decisions();
    } catch (problem) {
      showProblem(problem);
      return;
    }
    if (body.length === 0) {
      status('Choose accept, reject or edit for at least one candidate first.');
      return;
    }
    status('Saving…');
    fetch('/api/review/decisions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Review-Token': token },
      body: JSON.stringify({ decisions: body })
    }).then(function (r) {
      return r.json().then(function (answer) {
        if (!r.ok) { throw answer; }
        return answer;
      });
    }).then(function (outcome) {
      var lines = document.getElementById('saved-lines');
      lines.textContent = '';
      outcome.acceptance.statements.forEach(function (s) { lines.appendChild(el('li', null, s.draftId + ' accepted as ' + s.id)); });
      outcome.acceptance.entities.forEach(function (e) {
        lines.appendChild(el('li', null, 'entity ' + e.draftId + (e.outcome === 'REUSED' ? ' is the existing ' : ' added as ') + e.id));
      });
      outcome.acceptance.skipped.forEach(function (s) { lines.appendChild(el('li', null, s.draftId + ' skipped: ' + s.reason)); });
      outcome.rejected.forEach(function (id) { lines.appendChild(el('li', null, id + ' rejected')); });
      document.getElementById('saved').hidden = false;
      return load().then(function () { status('Saved: ' + body.length + ' decision' + (body.length === 1 ? '' : 's') + '.'); });
    }).catch(function (problem) {
      status('Nothing was saved.');
      showProblem(problem && problem.detail ? problem : { detail: String(problem) });
    });
  }

  document.getElementById('save').addEventListener('click', save);
  load();
}());
