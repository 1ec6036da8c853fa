// The embed page: fills the snippets with this service's own address, the pinned widget.js URL and
// its Subresource Integrity hash (widget.json, written by the widget's build), and gives each
// snippet a copy button.

import { h } from './common.js';

const origin = location.origin;

async function pin() {
  const res = await fetch('/widget.json');
  if (!res.ok) return;
  const { version, integrity } = await res.json();
  document.getElementById('snippet-script').textContent =
    `<script src="${origin}/widget.js?v=${version}" integrity="${integrity}" crossorigin="anonymous" defer></script>`;
}

document.getElementById('snippet-csp').textContent = `script-src 'self' ${origin}; connect-src 'self' ${origin}`;
for (const code of document.querySelectorAll('pre.snippet code')) {
  if (code.id !== 'snippet-script' && code.id !== 'snippet-csp') code.textContent = code.textContent.replace('https://search.example.org', origin);
}

for (const pre of document.querySelectorAll('pre.snippet')) {
  const said = h('span', { class: 'copied', role: 'status' });
  const button = h('button', { type: 'button', class: 'copy' }, 'Copy');
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(pre.querySelector('code').textContent);
      said.textContent = 'Copied';
    } catch {
      said.textContent = 'Select the text and copy it';
    }
    setTimeout(() => (said.textContent = ''), 3000);
  });
  pre.after(h('div', { class: 'copy-row' }, button, said));
}

pin();
