// Stand-in for a gated analytics tag. It records when it first ran (ms since navigation start)
// and how often, so the bench can tell "ran before consent", "ran after accept" and "ran twice".
window.__benchAnalytics = window.__benchAnalytics || { ranAt: performance.now(), runs: 0 };
window.__benchAnalytics.runs += 1;
document.cookie = '_bench_analytics=1; path=/; SameSite=Lax';
