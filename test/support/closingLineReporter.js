// Prints one plain closing line, "Tests: N passed, N failed[, N skipped]", after jest's own summary,
// so CI reads the counts whatever the runner.
class ClosingLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const suiteFailures = results.numFailedTestSuites > 0 && results.numFailedTests === 0 ? results.numFailedTestSuites : 0;
    const failed = results.numFailedTests + suiteFailures;
    process.stdout.write(`\nTests: ${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`);
  }
}
module.exports = ClosingLineReporter;
