// Draws every <canvas data-chart="{json}"> with chart.js (vendored in lib/chart.js). The same figures are in the table
// next to each chart, so the page stays complete without scripts and for screen readers.
(() => {
  if (typeof Chart === "undefined") {
    return;
  }

  const palette = ["#1662d6", "#0f7b45", "#e08a00", "#8e44ad", "#c0392b", "#16a2b8", "#5f6b7a", "#b7950b"];
  Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
  Chart.defaults.color = "#1f2933";

  for (const canvas of document.querySelectorAll("canvas[data-chart]")) {
    const spec = JSON.parse(canvas.dataset.chart);
    const round = spec.type === "doughnut" || spec.type === "pie";
    const datasets = spec.datasets.map((d, i) => {
      const color = d.color ?? palette[i % palette.length];
      return {
        label: d.label,
        data: d.data,
        type: d.type,
        backgroundColor: round ? spec.labels.map((_, j) => palette[j % palette.length]) : color,
        borderColor: round ? "#fff" : color,
        borderWidth: d.type === "line" ? 3 : 1,
        // A "line" dataset marks a level per category (e.g. a target): a dash on each bar, no line between categories.
        showLine: d.type === "line" ? false : undefined,
        pointStyle: d.type === "line" ? "line" : undefined,
        pointRadius: d.type === "line" ? 18 : undefined,
        pointHoverRadius: d.type === "line" ? 20 : undefined,
        order: d.type === "line" ? 0 : 1,
      };
    });
    const axis = { stacked: spec.stacked, beginAtZero: true, ticks: { precision: 0 } };
    new Chart(canvas, {
      type: spec.type,
      data: { labels: spec.labels, datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        indexAxis: spec.horizontal ? "y" : "x",
        scales: round ? {} : { x: { ...axis }, y: { ...axis } },
        plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } } },
      },
    });
    canvas.dataset.rendered = "true";
  }
})();
