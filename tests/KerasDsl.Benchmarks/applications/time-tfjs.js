// Times how long TensorFlow.js takes to build a Keras Application and count its parameters: the model's layers
// applied to a symbolic input (which creates and initialises every weight), tf.model(...), then countParams().
// Each run is a fresh Node process; Node's start, loading the modules and initialising the cpu backend happen
// before the clock starts. Prints the median of the runs per model as a Markdown table, with the 1-minute load
// average seen before the model's first run (other work on the machine shows up in these figures).
//
//   node time-tfjs.js                       ResNet50, InceptionV3, DenseNet121, MobileNetV2, VGG16; 3 runs each
//   node time-tfjs.js --runs 5 VGG16 ...    other models / number of runs
//   node time-tfjs.js --one VGG16           one run in this process; prints {"model", "ms", "cpuMs", "params"}
//
// "CPU" is the process's user + system time over the same span, all threads (V8's GC helpers included), so it
// can exceed the wall time; it moves less than the wall time when other work shares the machine.
'use strict';

const { execFileSync } = require('child_process');
const os = require('os');
const { performance } = require('perf_hooks');

const DEFAULT_MODELS = ['ResNet50', 'InceptionV3', 'DenseNet121', 'MobileNetV2', 'VGG16'];

async function one(name) {
  const tf = require('@tensorflow/tfjs');
  const { MODELS } = require('./make-json.js');
  if (!(name in MODELS)) {
    throw new Error(`unknown model ${name}; one of ${Object.keys(MODELS).join(', ')}`);
  }
  await tf.setBackend('cpu');
  await tf.ready();
  const build = MODELS[name][0];
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const model = build();
  const params = model.countParams();
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  process.stdout.write(JSON.stringify({ model: name, ms, cpuMs, params }) + '\n');
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function fmt(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

function main() {
  const args = process.argv.slice(2);
  let runs = 3;
  const models = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--runs') {
      runs = Number(args[++i]);
    } else {
      models.push(args[i]);
    }
  }
  const names = models.length > 0 ? models : DEFAULT_MODELS;
  console.log(`@tensorflow/tfjs ${require('@tensorflow/tfjs/package.json').version} (cpu backend), ` +
    `node ${process.version}, ${runs} fresh processes per model\n`);
  console.log('| model | params | median wall | runs (wall) | median CPU | load average before |');
  console.log('|---|---:|---:|---|---:|---:|');
  for (const name of names) {
    const times = [];
    const cpuTimes = [];
    let params = null;
    const load = os.loadavg()[0];
    for (let r = 0; r < runs; r++) {
      const out = execFileSync(process.execPath, [__filename, '--one', name],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      const res = JSON.parse(out.trim().split('\n').pop());
      times.push(res.ms);
      cpuTimes.push(res.cpuMs);
      params = res.params;
    }
    console.log(`| ${name} | ${params.toLocaleString('en-US')} | ${fmt(median(times))} | ` +
      `${times.map(fmt).join(', ')} | ${fmt(median(cpuTimes))} | ${load.toFixed(2)} |`);
  }
}

if (process.argv[2] === '--one') {
  one(process.argv[3]).catch((e) => {
    console.error(e);
    process.exit(2);
  });
} else {
  main();
}
