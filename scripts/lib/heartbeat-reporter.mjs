/**
 * A vitest reporter that keeps a long run from going silent: each test's result as it finishes, and,
 * when a test runs long, a line every HEARTBEAT_MS saying which one (software WebGL makes some browser
 * tests take a while; CI logs and people waiting should see it is alive).
 */
const HEARTBEAT_MS = 20_000;

export default class HeartbeatReporter {
  running = new Map();
  timer = undefined;
  startedAt = 0;

  onTestRunStart() {
    this.startedAt = Date.now();
    this.timer = setInterval(() => this.beat(), HEARTBEAT_MS);
    this.timer.unref?.();
  }

  onTestCaseReady(testCase) {
    this.running.set(testCase.id, { name: this.nameOf(testCase), since: Date.now() });
  }

  onTestCaseResult(testCase) {
    const r = this.running.get(testCase.id);
    this.running.delete(testCase.id);
    const state = testCase.result().state;
    const mark = state === 'passed' ? '✓' : state === 'skipped' ? '↓' : '✗';
    const ms = testCase.diagnostic()?.duration ?? (r ? Date.now() - r.since : Number.NaN);
    const secs = (ms / 1000).toFixed(1);
    process.stdout.write(`  ${mark} ${this.nameOf(testCase)} (${secs} s)\n`);
  }

  onTestRunEnd() {
    clearInterval(this.timer);
  }

  beat() {
    const t = Math.round((Date.now() - this.startedAt) / 1000);
    if (!this.running.size) {
      process.stdout.write(`  … ${t} s: setting up\n`);
      return;
    }
    for (const r of this.running.values()) {
      process.stdout.write(`  … ${t} s: still running ${r.name} (${Math.round((Date.now() - r.since) / 1000)} s so far)\n`);
    }
  }

  nameOf(testCase) {
    const file = testCase.module.moduleId.replace(/^.*\/tests\//, 'tests/');
    return `${file} > ${testCase.fullName}`;
  }
}
