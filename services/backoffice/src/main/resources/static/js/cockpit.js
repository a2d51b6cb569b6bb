// Each indicator's chart is drawn from its table (the table stays: it is what screen readers use).
document.querySelectorAll('[data-chart-for]').forEach((box) => {
  const table = document.getElementById(box.dataset.chartFor);
  const rows = [...table.querySelectorAll('tbody tr')];
  const target = parseFloat(table.dataset.target);
  const values = rows.map((r) => (r.dataset.value ? parseFloat(r.dataset.value) : null));
  if (values.every((v) => v === null)) { // every region suppressed: nothing to draw, the table says so
    box.remove();
    return;
  }
  const chart = echarts.init(box, null, { renderer: 'svg' });
  chart.setOption({
    grid: { left: 48, right: 24, top: 24, bottom: 48 },
    xAxis: { type: 'category', data: rows.map((r) => r.querySelector('th').textContent.trim()), axisLabel: { color: '#0b0c0c', interval: 0, rotate: rows.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', axisLabel: { color: '#0b0c0c', formatter: '{value}' + table.dataset.unit } },
    series: [{
      type: 'bar',
      data: values,
      itemStyle: { color: '#1d70b8' },
      markLine: isNaN(target) ? undefined : {
        symbol: 'none', lineStyle: { color: '#d4351c', type: 'dashed', width: 2 },
        label: { formatter: '' + target + table.dataset.unit, color: '#d4351c' }, data: [{ yAxis: target }],
      },
    }],
  });
  window.addEventListener('resize', () => chart.resize());
});
