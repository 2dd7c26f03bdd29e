// Injected into the page on a user's gesture (popup, shortcut, menu): returns the page as rendered and the selection.
(() => {
  const CONTEXT = 32;
  const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

  function visibleText(node) {
    return node.nodeType === Node.TEXT_NODE && !SKIPPED.has(node.parentNode && node.parentNode.nodeName);
  }

  // up to `length` characters of visible text before (or after) a point of the page, whitespace collapsed
  function around(container, offset, forward, length) {
    const walker = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT,
      { acceptNode: n => visibleText(n) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT });
    let text = '';
    if (container.nodeType === Node.TEXT_NODE) {
      text = forward ? container.data.slice(offset) : container.data.slice(0, offset);
      walker.currentNode = container;
    } else {
      const child = container.childNodes[offset] || container;
      walker.currentNode = child;
      if (!forward && child !== container) {
        walker.previousNode();
        if (visibleText(walker.currentNode)) text = walker.currentNode.data;
      } else if (visibleText(child)) {
        text = child.data;
      }
    }
    while (text.replace(/\s+/g, ' ').length < length * 2) {
      const next = forward ? walker.nextNode() : walker.previousNode();
      if (!next) break;
      text = forward ? text + ' ' + next.data : next.data + ' ' + text;
    }
    text = text.replace(/\s+/g, ' ');
    return forward ? text.slice(0, length) : text.slice(-length);
  }

  function selection() {
    const selected = window.getSelection();
    if (!selected || selected.rangeCount === 0 || selected.isCollapsed) return null;
    const range = selected.getRangeAt(0);
    return {
      exact: selected.toString(),
      prefix: around(range.startContainer, range.startOffset, false, CONTEXT),
      suffix: around(range.endContainer, range.endOffset, true, CONTEXT)
    };
  }

  return {
    url: location.href,
    title: document.title,
    html: document.documentElement.outerHTML,
    capturedAt: new Date().toISOString(),
    selection: selection()
  };
})();
