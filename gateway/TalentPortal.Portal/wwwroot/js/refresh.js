// A page waiting on a job (an import, a re-match) reads itself again every few seconds and swaps in its new content,
// never reloading: a reload, or <meta http-equiv="refresh">, throws a screen reader back to the top of the page and
// loses the keyboard focus. The page names the pause (and where to go next) in <meta name="tp-refresh" content="2[;url=…]">
// and drops it once the job is done.
(() => {
  const schedule = () => {
    const marker = document.querySelector('meta[name="tp-refresh"]');
    if (!marker) {
      return;
    }

    const [seconds, target] = marker.content.split(';url=');
    setTimeout(async () => {
      if (target) {
        location.assign(target);
        return;
      }

      try {
        const response = await fetch(location.href, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
        const next = new DOMParser().parseFromString(await response.text(), 'text/html');
        const main = document.querySelector('main');
        const nextMain = next.querySelector('main');
        if (!response.ok || response.redirected || !main || !nextMain) {
          location.reload();
          return;
        }

        main.innerHTML = nextMain.innerHTML;
        document.title = next.title;
        marker.remove();
        const nextMarker = next.querySelector('meta[name="tp-refresh"]');
        if (nextMarker) {
          document.head.appendChild(document.importNode(nextMarker, false));
        }
      } catch {
        // The portal did not answer this time: try again after the same pause.
        document.head.appendChild(marker);
      }

      schedule();
    }, Number(seconds) * 1000);
  };

  schedule();
})();
