// For development: start the suite (as the e2e does) and keep it running; prints the proxy environment.
import { startSuite, proxyEnv } from './suite.mjs';
const suite = await startSuite();
console.log(JSON.stringify(proxyEnv(suite.urls)));
const stop = async () => { await suite.stop(); process.exit(0); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => {}, 1 << 30);
