// Minimal hash-based router: reacts to location.hash, nothing cryptographic.
const routes = new Map();

export function route(path, render) {
  routes.set(path, render);
}

function onHashChange() {
  const path = window.location.hash.slice(1) || '/';
  const render = routes.get(path) || routes.get('*');
  document.getElementById('app').innerHTML = render ? render() : 'Not found';
}

window.addEventListener('hashchange', onHashChange);
window.addEventListener('load', onHashChange);
