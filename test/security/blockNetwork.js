/**
 * Preload for the no-network test (cliNoNetwork.test.ts): loaded with
 * `NODE_OPTIONS=--require=<this file>` before any product code, in the main thread and in every
 * worker thread. It replaces each way Node code can reach the network, or hand data to something
 * that can (a child process), with a function that first appends one JSON line to the file named
 * by DIGIPORTFOLJ_NETWORK_LOG (synchronously, so a line survives the throw and the exit) and then
 * throws. The product must never call any of them.
 *
 * DIGIPORTFOLJ_PRELOAD_LOG (optional) gets one line per thread the preload ran in, and one per
 * worker thread created, so the test can prove that every thread was covered.
 *
 * Not covered: native addons and process.binding (the product has neither).
 */
"use strict";
/* global require, process, __filename */
const fs = require("node:fs");
const workerThreads = require("node:worker_threads");

const INSTALLED = Symbol.for("digiportfolj.blockNetwork");
const ATTEMPTS_LOG = process.env.DIGIPORTFOLJ_NETWORK_LOG;
const PRELOAD_LOG = process.env.DIGIPORTFOLJ_PRELOAD_LOG;

function appendLine(file, record) {
  if (!file) return;
  fs.appendFileSync(
    file,
    JSON.stringify({ pid: process.pid, threadId: workerThreads.threadId, ...record }) + "\n"
  );
}

/** What was asked for, as text a failure message can show (a URL, host:port, a hostname). */
function describeTarget(args) {
  const [first, second] = args;
  if (first instanceof URL) return first.href;
  if (typeof first === "string") return typeof second === "number" ? `${first}:${second}` : first;
  if (typeof first === "number")
    return `port ${first}${typeof second === "string" ? ` on ${second}` : ""}`;
  if (first && typeof first === "object") {
    if (typeof first.url === "string") return first.url; // a fetch Request
    const host = first.hostname ?? first.host ?? first.path ?? "";
    return `${first.protocol ?? ""}${host}${first.port ? `:${first.port}` : ""}`;
  }
  return String(first);
}

function blocked(kind) {
  return function blockedNetworkCall(...args) {
    const target = describeTarget(args);
    appendLine(ATTEMPTS_LOG, { kind, target });
    throw new Error(`Network access blocked by test/security/blockNetwork.js: ${kind} ${target}`);
  };
}

/** Replaces each named function on `owner` that exists. */
function block(owner, ownerName, names) {
  if (!owner) return;
  for (const name of names) {
    if (typeof owner[name] === "function") owner[name] = blocked(`${ownerName}.${name}`);
  }
}

/** dns, dns.promises and their Resolver classes: lookup, lookupService, reverse, resolve*. */
function blockDns(owner, ownerName) {
  if (!owner) return;
  const names = Object.keys(owner).filter(
    (name) => /^(resolve|lookup|reverse)/.test(name) && typeof owner[name] === "function"
  );
  block(owner, ownerName, names);
  if (owner.Resolver) {
    const proto = owner.Resolver.prototype;
    const methods = Object.getOwnPropertyNames(proto).filter((n) => /^(resolve|reverse)/.test(n));
    block(proto, `${ownerName}.Resolver.prototype`, methods);
  }
}

function blockGlobal(name) {
  if (!(name in globalThis)) return;
  const replacement = blocked(`globalThis.${name}`);
  Object.defineProperty(globalThis, name, {
    value:
      name === "fetch"
        ? replacement
        : function BlockedConstructor(...args) {
            return replacement(...args);
          },
    writable: true,
    configurable: true,
    enumerable: false,
  });
}

/**
 * Every worker gets this preload in its execArgv too, and the two log names in its env, so a
 * worker created with an `env` of its own (which drops NODE_OPTIONS and our variables) is still
 * covered; each creation is logged with the new thread's id.
 */
function coverWorkers() {
  const Original = workerThreads.Worker;
  const preload = `--require=${__filename}`;
  const logs = {};
  if (ATTEMPTS_LOG) logs.DIGIPORTFOLJ_NETWORK_LOG = ATTEMPTS_LOG;
  if (PRELOAD_LOG) logs.DIGIPORTFOLJ_PRELOAD_LOG = PRELOAD_LOG;
  class CoveredWorker extends Original {
    constructor(filename, options = {}) {
      const execArgv = options.execArgv ?? process.execArgv;
      const env = options.env;
      super(filename, {
        ...options,
        execArgv: execArgv.includes(preload) ? execArgv : [...execArgv, preload],
        // SHARE_ENV (a symbol) and the default already carry our variables.
        ...(env && typeof env === "object" ? { env: { ...env, ...logs } } : {}),
      });
      appendLine(PRELOAD_LOG, { event: "worker-created", worker: this.threadId });
    }
  }
  workerThreads.Worker = CoveredWorker;
}

function install() {
  const net = require("node:net");
  const tls = require("node:tls");
  const http = require("node:http");
  const https = require("node:https");
  const http2 = require("node:http2");
  const dgram = require("node:dgram");
  const dns = require("node:dns");
  const childProcess = require("node:child_process");

  block(net.Socket.prototype, "net.Socket.prototype", ["connect"]);
  block(net, "net", ["connect", "createConnection"]);
  block(net.Server.prototype, "net.Server.prototype", ["listen"]);
  block(tls, "tls", ["connect"]);
  block(http, "http", ["request", "get"]);
  block(https, "https", ["request", "get"]);
  block(http2, "http2", ["connect"]);
  block(dgram, "dgram", ["createSocket"]);
  block(dgram.Socket.prototype, "dgram.Socket.prototype", ["bind", "connect", "send"]);
  blockDns(dns, "dns");
  blockDns(dns.promises, "dns.promises");
  // A child process could send what the CLI hands it; the CLI has no reason to start one.
  block(childProcess, "child_process", [
    "spawn",
    "spawnSync",
    "exec",
    "execSync",
    "execFile",
    "execFileSync",
    "fork",
  ]);
  for (const name of ["fetch", "WebSocket", "EventSource"]) blockGlobal(name);
  coverWorkers();
  // `import { request } from "node:https"` reads these bindings: bring them in line.
  require("node:module").syncBuiltinESMExports();
}

if (!globalThis[INSTALLED]) {
  globalThis[INSTALLED] = true;
  install();
  appendLine(PRELOAD_LOG, { event: "loaded", isMainThread: workerThreads.isMainThread });
}
