// The popup: pairing, then the case file, tags and note of a capture. Requests go through the service worker.
const api = globalThis.browser || chrome;
const NEW_CASE_FILE = '\u0000new';
const $ = id => document.getElementById(id);

async function ask(message) {
  const answer = await api.runtime.sendMessage(message);
  if (!answer.ok) {
    const error = new Error(answer.error);
    error.reason = answer.reason;
    throw error;
  }
  return answer.value;
}

function say(text, kind) {
  $('message').textContent = text;
  $('message').className = kind || '';
}

function show(form) {
  for (const id of ['pairing', 'code-form', 'capture']) $(id).hidden = id !== form;
}

// The tab to capture: the active tab of this window; ?tab=ID when the popup is open as a page of its own.
async function targetTab() {
  const asked = new URLSearchParams(location.search).get('tab');
  if (asked) return Number(asked);
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab.id;
}

function failed(e) {
  say(e.message, 'error');
  if (e.reason === 'not-paired' || e.reason === 'not-running') show('pairing');
}

async function loadChoices() {
  const choices = await ask({ type: 'choices' });
  const select = $('case-file');
  select.replaceChildren();
  const names = choices.caseFiles.length ? choices.caseFiles : ['Inbox'];
  for (const name of names) select.add(new Option(name, name));
  select.add(new Option('New case file\u2026', NEW_CASE_FILE));
  if (choices.lastCaseFile) select.value = choices.lastCaseFile;
  $('tag-paths').replaceChildren(...choices.tags.map(path => new Option(path)));
  show('capture');
}

function caseFileChosen() {
  $('new-case-label').hidden = $('case-file').value !== NEW_CASE_FILE;
}

// Completion of the last tag of a comma-separated list: the datalist offers "earlier, Tag/Path" for each path.
function completeTags() {
  const typed = $('tags').value;
  const head = typed.includes(',') ? typed.slice(0, typed.lastIndexOf(',') + 1) + ' ' : '';
  const options = [...$('tag-paths').options].map(o => o.dataset.path || o.value);
  $('tag-paths').replaceChildren(...options.map(path => {
    const option = new Option(head + path);
    option.dataset.path = path;
    return option;
  }));
}

async function capture(kind) {
  const chosen = $('case-file').value;
  const caseFile = chosen === NEW_CASE_FILE ? $('new-case').value.trim() : chosen;
  if (chosen === NEW_CASE_FILE && !caseFile) {
    say('Name the new case file.', 'error');
    return;
  }
  const tags = $('tags').value.split(',').map(t => t.trim()).filter(Boolean);
  say(kind === 'page' ? 'Capturing the page\u2026' : 'Clipping the selection\u2026');
  try {
    const done = await ask({ type: 'capture', kind, tabId: await targetTab(), caseFile, tags, note: $('note').value });
    say((kind === 'page' ? 'Page captured' : 'Selection clipped') + ' into ' + done.caseFile + '.', 'done');
    $('note').value = '';
    await loadChoices();
  } catch (e) {
    failed(e);
  }
}

async function start() {
  try {
    const state = await ask({ type: 'state' });
    $('port').value = state.port || '23143'; // Dossier's preferred port
    if (!state.paired) {
      show(state.pairing ? 'code-form' : 'pairing');
      return;
    }
    await loadChoices();
  } catch (e) {
    failed(e);
  }
}

$('pairing').addEventListener('submit', async event => {
  event.preventDefault();
  try {
    const answer = await ask({ type: 'pair', port: $('port').value.trim() });
    if (answer.paired) {
      say('Paired with Dossier.', 'done');
      await loadChoices();
      return;
    }
    show('code-form');
    say('');
    $('code').focus();
  } catch (e) {
    failed(e);
  }
});

$('code-form').addEventListener('submit', async event => {
  event.preventDefault();
  try {
    await ask({ type: 'confirm', code: $('code').value.trim() });
    say('Paired with Dossier.', 'done');
    await loadChoices();
  } catch (e) {
    say(e.message, 'error');
    if (/pair again|expired/.test(e.message)) show('pairing');
  }
});

$('restart').addEventListener('click', () => show('pairing'));
$('unpair').addEventListener('click', () => show('pairing'));
$('case-file').addEventListener('change', caseFileChosen);
$('tags').addEventListener('input', completeTags);
$('capture-page').addEventListener('click', () => capture('page'));
$('capture-selection').addEventListener('click', () => capture('selection'));
start();
