// Dossier's extension: every request to the running Dossier goes from here, on 127.0.0.1 with the paired token.
const api = globalThis.browser || chrome;
const CLIENT = 'Dossier for ' + (api.runtime.getURL('').startsWith('moz-extension:') ? 'Firefox' : 'Chromium');

class DossierError extends Error {
  constructor(message, reason) {
    super(message);
    this.reason = reason; // 'not-running', 'not-paired', 'too-large' or 'refused'
  }
}

async function settings() {
  return api.storage.local.get(['port', 'token', 'pairing']);
}

async function call(method, path, body, { token = true } = {}) {
  const { port, token: saved } = await settings();
  if (!port) throw new DossierError('Not paired with Dossier yet: enter the port and code Dossier shows.', 'not-paired');
  if (token && !saved) throw new DossierError('Not paired with Dossier: pair this browser first.', 'not-paired');
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = 'Bearer ' + saved;
  let response;
  try {
    response = await fetch(`http://127.0.0.1:${port}${path}`, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'omit'
    });
  } catch (e) {
    throw new DossierError(`Dossier is not running (nothing answers on 127.0.0.1:${port}): start Dossier,`
      + ' or pair again if it now uses another port.', 'not-running');
  }
  let answer = {};
  try { answer = await response.json(); } catch (e) { /* no JSON body */ }
  if (response.ok) return answer;
  const said = answer.error || `Dossier answered ${response.status}`;
  if (response.status === 401) {
    throw new DossierError('This browser is not paired with Dossier (' + said + '): pair again.', 'not-paired');
  }
  if (response.status === 413) {
    throw new DossierError('This page is too large to capture: ' + said, 'too-large');
  }
  throw new DossierError(said, 'refused');
}

async function pageOf(tabId) {
  let results;
  try {
    results = await api.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
  } catch (e) {
    throw new DossierError('This page cannot be captured (' + e.message + ').', 'refused');
  }
  return results[0].result;
}

// Captures the tab's page ('page') or its selection as a clip ('selection') into a case file.
async function capture(kind, tabId, filing) {
  const page = await pageOf(tabId);
  const body = {
    url: page.url, title: page.title, html: page.html, capturedAt: page.capturedAt,
    caseFile: filing.caseFile || '', tags: filing.tags || [], note: filing.note || ''
  };
  if (kind === 'selection') {
    if (!page.selection) throw new DossierError('Nothing is selected on this page: select a passage to clip.', 'refused');
    Object.assign(body, page.selection);
  }
  // a body over the limit is refused before it is sent: Dossier would close the connection half way
  const { maxBytes } = await call('GET', '/capture/choices');
  const bytes = new TextEncoder().encode(JSON.stringify(body)).length;
  if (maxBytes && bytes > maxBytes) {
    const mb = n => (n / (1024 * 1024)).toFixed(1) + ' MB';
    throw new DossierError(`This page is too large to capture: ${mb(bytes)}, Dossier takes at most ${mb(maxBytes)}.`,
      'too-large');
  }
  return call('POST', kind === 'selection' ? '/capture/selection' : '/capture/page', body);
}

// Pairs with the Dossier on `port`; one that already knows this browser's token (Dossier started again on
// another port) needs no new code.
async function pair(port) {
  await api.storage.local.set({ port: Number(port) });
  if ((await settings()).token) {
    try {
      await call('GET', '/status');
      return { paired: true };
    } catch (e) {
      if (e.reason !== 'not-paired') throw e;
    }
  }
  const answer = await call('POST', '/pair', { client: CLIENT }, { token: false });
  await api.storage.local.set({ pairing: answer.pairing });
  return answer;
}

async function confirm(code) {
  const { pairing } = await settings();
  const answer = await call('POST', '/pair/confirm', { pairing, code }, { token: false });
  await api.storage.local.set({ token: answer.token, pairing: null });
  return { paired: true };
}

const handlers = {
  state: async () => {
    const { port, token, pairing } = await settings();
    return { port: port || null, paired: Boolean(token), pairing: Boolean(pairing) };
  },
  pair: m => pair(m.port),
  confirm: m => confirm(m.code),
  choices: () => call('GET', '/capture/choices'),
  capture: m => capture(m.kind, m.tabId, m)
};

api.runtime.onMessage.addListener((message, sender, reply) => {
  const handler = handlers[message && message.type];
  if (!handler || sender.id !== api.runtime.id) return false;
  handler(message).then(value => reply({ ok: true, value }),
    e => reply({ ok: false, error: e.message, reason: e.reason || 'refused' }));
  return true; // replies asynchronously
});

// The shortcut and the context menu capture into the case file last used, and tell the outcome on the icon.
async function quickCapture(kind, tab) {
  try {
    const { lastCaseFile } = await call('GET', '/capture/choices');
    const done = await capture(kind, tab.id, { caseFile: lastCaseFile || '', tags: [], note: '' });
    await api.action.setBadgeText({ tabId: tab.id, text: 'OK' });
    await api.action.setTitle({ tabId: tab.id, title: `Captured into Dossier: ${done.caseFile}` });
  } catch (e) {
    await api.action.setBadgeText({ tabId: tab.id, text: '!' });
    await api.action.setTitle({ tabId: tab.id, title: 'Dossier: ' + e.message });
  }
}

api.commands.onCommand.addListener((command, tab) => {
  if (command === 'capture-page') quickCapture('page', tab);
  if (command === 'capture-selection') quickCapture('selection', tab);
});

api.runtime.onInstalled.addListener(() => {
  api.contextMenus.create({ id: 'capture-page', title: 'Capture page into Dossier', contexts: ['page'] });
  api.contextMenus.create({ id: 'capture-selection', title: 'Clip selection into Dossier', contexts: ['selection'] });
});

api.contextMenus.onClicked.addListener((info, tab) => quickCapture(info.menuItemId === 'capture-selection'
  ? 'selection' : 'page', tab));
