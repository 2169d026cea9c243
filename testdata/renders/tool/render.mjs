// Renders the Reallusion figures of Sweet Home 3D's furniture library with three.js in headless
// Chromium (software WebGL), one PNG per job. Started by render.sh, which prepares WORK_DIR:
//   WORK_DIR/www/page.html, WORK_DIR/www/three -> three's npm package, WORK_DIR/www/models -> the
//   extracted 'reallusion' folder, WORK_DIR/node_modules/playwright-core.
//   node render.mjs WORK_DIR JOBS.json
import fs from 'node:fs'; import http from 'node:http'; import path from 'node:path';
import {createRequire} from 'node:module';
const work = process.argv[2];
const {chromium} = createRequire(path.join(work, 'package.json'))('playwright-core');
const root = path.join(work, 'www');
const types = {'.html':'text/html','.js':'text/javascript','.mjs':'text/javascript','.obj':'text/plain','.mtl':'text/plain','.jpg':'image/jpeg','.png':'image/png'};
const server = http.createServer((q, r) => { const p = path.join(root, decodeURIComponent(q.url.split('?')[0]));
  fs.readFile(p, (e, d) => { if (e) { r.writeHead(404); r.end(); return; } r.writeHead(200, {'content-type': types[path.extname(p)] || 'application/octet-stream'}); r.end(d); }); });
await new Promise(res => server.listen(0, '127.0.0.1', res));
const port = server.address().port;
const jobs = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--disable-quic','--use-gl=angle','--use-angle=swiftshader','--enable-unsafe-swiftshader']});
for (const job of jobs) {
  const page = await browser.newPage({viewport: {width: job.width, height: job.height}});
  page.on('console', m => console.error('page:', m.text()));
  page.on('pageerror', e => console.error('pageerror:', e.message));
  await page.goto(`http://127.0.0.1:${port}/page.html`);
  await page.waitForFunction('window.ready === true');
  const url = await page.evaluate(o => window.renderView(o), job);
  fs.writeFileSync(job.out, Buffer.from(url.split(',')[1], 'base64'));
  console.log('wrote', job.out);
  await page.close();
}
await browser.close(); server.close();
