/** Small SVG charts: display only, so plotting uses Number(); every figure shown as text stays a decimal string. */
export interface BarDatum { label: string; value: string }

export function BarChart({ data, title, format }: { data: BarDatum[]; title: string; format(v: string): string }) {
  const max = Math.max(1, ...data.map((d) => Math.abs(Number(d.value))));
  return (
    <figure className="chart">
      <figcaption className="visually-hidden">{title}</figcaption>
      <ul className="hbars">
        {data.map((d) => (
          <li key={d.label}>
            <span className="hbar-label">{d.label}</span>
            <span className="hbar-track" aria-hidden="true"><span className="hbar" style={{ width: `${(Math.abs(Number(d.value)) / max) * 100}%` }} /></span>
            <span className="hbar-value">{format(d.value)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

export interface Series { name: string; className: string; values: (string | null)[] }

/** Lines over labelled points, with a table of the same figures for screen readers. */
export function LineChart({ labels, series, title, format, height = 180 }: {
  labels: string[]; series: Series[]; title: string; format(v: string): string; height?: number;
}) {
  const width = 600;
  const pad = 8;
  const nums = series.flatMap((s) => s.values.filter((v): v is string => v !== null).map(Number));
  const max = Math.max(0, ...nums);
  const min = Math.min(0, ...nums);
  const span = max - min || 1;
  const x = (i: number) => pad + (labels.length <= 1 ? 0 : (i * (width - 2 * pad)) / (labels.length - 1));
  const y = (v: number) => pad + ((max - v) * (height - 2 * pad)) / span;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} preserveAspectRatio="none" className="line-chart">
        <line x1={pad} x2={width - pad} y1={y(0)} y2={y(0)} className="axis" />
        {series.map((s) => (
          <polyline key={s.name} className={s.className} fill="none"
            points={s.values.map((v, i) => (v === null ? null : `${x(i)},${y(Number(v))}`)).filter(Boolean).join(' ')} />
        ))}
      </svg>
      <figcaption>
        <span className="legend">{series.map((s) => <span key={s.name} className={`legend-item ${s.className}`}>{s.name}</span>)}</span>
        <details>
          <summary>Figures</summary>
          <table>
            <thead><tr><th scope="col">Period</th>{series.map((s) => <th scope="col" key={s.name}>{s.name}</th>)}</tr></thead>
            <tbody>{labels.map((l, i) => <tr key={l}><th scope="row">{l}</th>{series.map((s) => <td key={s.name}>{s.values[i] === null ? '—' : format(s.values[i] as string)}</td>)}</tr>)}</tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}
