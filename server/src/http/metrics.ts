// Prometheus text format: receipts accepted, refused by reason, and request latency.
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export function metrics() {
  let accepted = 0;
  let duplicates = 0;
  const refused = new Map<string, number>();
  const counts = new Array<number>(BUCKETS.length + 1).fill(0);
  let sum = 0;
  let total = 0;
  return {
    accepted(duplicate: boolean) {
      if (duplicate) duplicates += 1;
      else accepted += 1;
    },
    refused(reason: string) {
      refused.set(reason, (refused.get(reason) ?? 0) + 1);
    },
    observe(seconds: number) {
      const i = BUCKETS.findIndex((b) => seconds <= b);
      counts[i === -1 ? BUCKETS.length : i]! += 1;
      sum += seconds;
      total += 1;
    },
    render(backend: string): string {
      const lines = [
        '# HELP consentgate_receipts_accepted_total Receipts stored (202).',
        '# TYPE consentgate_receipts_accepted_total counter',
        `consentgate_receipts_accepted_total{duplicate="false"} ${accepted}`,
        `consentgate_receipts_accepted_total{duplicate="true"} ${duplicates}`,
        '# HELP consentgate_receipts_refused_total Receipts refused, by reason.',
        '# TYPE consentgate_receipts_refused_total counter',
        ...[...refused].map(([reason, n]) => `consentgate_receipts_refused_total{reason="${reason}"} ${n}`),
        '# HELP consentgate_http_request_duration_seconds Time to answer a request.',
        '# TYPE consentgate_http_request_duration_seconds histogram',
      ];
      let cumulative = 0;
      BUCKETS.forEach((bound, i) => {
        cumulative += counts[i]!;
        lines.push(`consentgate_http_request_duration_seconds_bucket{le="${bound}"} ${cumulative}`);
      });
      lines.push(`consentgate_http_request_duration_seconds_bucket{le="+Inf"} ${total}`);
      lines.push(`consentgate_http_request_duration_seconds_sum ${sum}`);
      lines.push(`consentgate_http_request_duration_seconds_count ${total}`);
      lines.push('# HELP consentgate_info The storage back end in use.', '# TYPE consentgate_info gauge', `consentgate_info{storage="${backend}"} 1`);
      return `${lines.join('\n')}\n`;
    },
  };
}

export type Metrics = ReturnType<typeof metrics>;
