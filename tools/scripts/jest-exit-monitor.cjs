// Preloaded into Jest's own process by test.sh: if that process ends non-zero after its
// verdict is written, CI's log should say why (an exception, a rejection, or the code).
process.on('uncaughtExceptionMonitor', (err, origin) => {
  process.stderr.write(`jest process: ${origin}: ${err && err.stack ? err.stack : String(err)}\n`);
});
process.on('exit', (code) => {
  if (code !== 0) process.stderr.write(`jest process: exiting with code ${code}\n`);
});
